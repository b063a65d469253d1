package org.maillage.directory.people;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.maillage.directory.api.DirectoryTopics;
import org.maillage.directory.api.PersonAdded;
import org.maillage.directory.api.PersonEventTypes;
import org.maillage.directory.api.PersonRemoved;
import org.maillage.directory.organization.OrganizationDetails;
import org.maillage.directory.organization.OrganizationService;
import org.maillage.directory.organization.OrganizationStore;
import org.maillage.directory.pilot.PilotMemberRepository;
import org.maillage.platform.outbox.Outbox;
import org.maillage.platform.api.Listing;
import org.maillage.platform.problem.ProblemException;
import org.maillage.platform.security.Caller;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Contact people. An organization's own accounts and the coordinators of all its pilots add, change and remove them; the
 * participants of its pilots read them, a page at a time and a limited number per minute (that is how
 * first contacts happen, not how lists are harvested); anonymous visitors never.
 */
@Singleton
public class PeopleService {

    private final PersonRepository people;
    private final PilotMemberRepository members;
    private final OrganizationStore organizations;
    private final PeopleReadQuota quota;
    private final Outbox outbox;

    public PeopleService(PersonRepository people, PilotMemberRepository members, OrganizationStore organizations, PeopleReadQuota quota,
                         Outbox outbox) {
        this.people = people;
        this.members = members;
        this.organizations = organizations;
        this.quota = quota;
        this.outbox = outbox;
    }

    @Transactional
    public PersonView add(Caller caller, UUID organizationId, PersonForm f) {
        OrganizationDetails o = managed(caller, organizationId);
        PersonRow row = new PersonRow(UUID.randomUUID(), organizationId, checkedUnit(o, f), f.name().strip(), f.title(), email(f), f.phone(),
                language(f), Instant.now(), null, null);
        people.save(row);
        // other services check that a record names people of the right organizations (a contact's people)
        outbox.append(DirectoryTopics.PEOPLE, row.id().toString(), PersonEventTypes.ADDED_V1, new PersonAdded(row.id(), organizationId, row.createdAt()));
        return row.view();
    }

    /** Replaces every detail of the person (a field left out is emptied), for those who add people. */
    @Transactional
    public PersonView change(Caller caller, UUID organizationId, UUID personId, PersonForm f) {
        OrganizationDetails o = managed(caller, organizationId);
        PersonRow was = present(organizationId, personId);
        PersonRow row = new PersonRow(was.id(), organizationId, checkedUnit(o, f), f.name().strip(), f.title(), email(f), f.phone(),
                language(f), was.createdAt(), Instant.now(), null);
        people.update(row);
        return row.view();
    }

    /**
     * Removes the person from the organization's people, for those who add them. The row stays with its name (contact
     * logs name people by id, and their history must still say who was met) but its email and phone are erased:
     * someone who left is no longer reached through the platform.
     */
    @Transactional
    public void remove(Caller caller, UUID organizationId, UUID personId) {
        managed(caller, organizationId);
        PersonRow was = present(organizationId, personId);
        Instant now = Instant.now();
        people.update(new PersonRow(was.id(), organizationId, was.decisionUnitId(), was.name(), was.title(), null, null, was.language(),
                was.createdAt(), now, now));
        // contracts-service stops accepting the person in contacts after today
        outbox.append(DirectoryTopics.PEOPLE, personId.toString(), PersonEventTypes.REMOVED_V1, new PersonRemoved(personId, organizationId, now));
    }

    /** The organization, when the caller is one of its own accounts or a coordinator of every pilot it takes part in. */
    private OrganizationDetails managed(Caller caller, UUID organizationId) {
        OrganizationDetails o = organizations.findSeenBy(caller, organizationId).orElseThrow(() -> ProblemException.notFound("Organization", organizationId));
        if (!caller.belongsTo(organizationId) && !OrganizationService.coordinatesAll(caller, o)) {
            throw ProblemException.forbidden("Only the organization itself, or a coordinator of every pilot it takes part in, manages its people.");
        }
        return o;
    }

    private PersonRow present(UUID organizationId, UUID personId) {
        return people.findPresent(personId, organizationId).orElseThrow(() -> ProblemException.notFound("Person", personId));
    }

    private static UUID checkedUnit(OrganizationDetails o, PersonForm f) {
        if (f.decisionUnitId() != null && o.decisionUnits().stream().noneMatch(u -> u.id().equals(f.decisionUnitId()))) {
            throw ProblemException.invalid("decisionUnitId", "not a decision unit of this organization");
        }
        return f.decisionUnitId();
    }

    private static String email(PersonForm f) {
        return f.email() == null || f.email().isBlank() ? null : f.email().strip().toLowerCase(Locale.ROOT);
    }

    private static String language(PersonForm f) {
        return f.language() == null ? "fr" : f.language();
    }

    /**
     * A page of the organization's people, for a participant of one of its pilots: its own accounts, an
     * account of an organization that takes part in one of the same pilots, or a coordinator of one of
     * them. Anyone else is told 403 (the organization itself is public). Every person read counts
     * against the caller's quota.
     */
    @Transactional(readOnly = true)
    public Listing<PersonView> of(Caller caller, UUID organizationId, UUID after, int size) {
        OrganizationDetails o = organizations.findSeenBy(caller, organizationId).orElseThrow(() -> ProblemException.notFound("Organization", organizationId));
        List<UUID> pilots = o.pilots().stream().map(OrganizationDetails.Membership::pilotId).toList();
        if (!caller.belongsTo(organizationId) && pilots.stream().noneMatch(caller::coordinates)
                && !(caller.organizationId() != null && members.shareAPilot(caller.organizationId(), organizationId))) {
            throw ProblemException.forbidden("People's details are shown only to participants of a pilot this organization takes part in.");
        }
        List<PersonView> out = people.pageAfter(organizationId, after, size + 1).stream().map(PersonRow::view).toList();
        boolean more = out.size() > size;
        List<PersonView> page = more ? out.subList(0, size) : out;
        quota.spend(caller.accountId(), page.size());
        return new Listing<>(List.copyOf(page), more ? page.get(size - 1).id().toString() : null);
    }
}
