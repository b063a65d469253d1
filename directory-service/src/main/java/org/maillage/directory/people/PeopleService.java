package org.maillage.directory.people;

import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.maillage.directory.api.DirectoryTopics;
import org.maillage.directory.api.PersonAdded;
import org.maillage.directory.api.PersonEventTypes;
import org.maillage.directory.organization.OrganizationDetails;
import org.maillage.directory.organization.OrganizationService;
import org.maillage.directory.organization.OrganizationStore;
import org.maillage.directory.pilot.PilotMemberRepository;
import org.maillage.platform.outbox.Outbox;
import org.maillage.platform.problem.ProblemException;
import org.maillage.platform.security.Caller;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Contact people. An organization's own accounts and the coordinators of all its pilots add them; the
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
        OrganizationDetails o = organizations.find(organizationId).orElseThrow(() -> ProblemException.notFound("Organization", organizationId));
        boolean own = caller.belongsTo(organizationId);
        if (!own && !OrganizationService.coordinatesAll(caller, o)) {
            throw ProblemException.forbidden("Only the organization itself, or a coordinator of every pilot it takes part in, adds its people.");
        }
        if (f.decisionUnitId() != null && o.decisionUnits().stream().noneMatch(u -> u.id().equals(f.decisionUnitId()))) {
            throw ProblemException.invalid("decisionUnitId", "not a decision unit of this organization");
        }
        PersonView person = new PersonView(UUID.randomUUID(), organizationId, f.decisionUnitId(), f.name().strip(),
                f.title(), f.email() == null ? null : f.email().strip().toLowerCase(Locale.ROOT), f.phone(),
                f.language() == null ? "fr" : f.language());
        Instant now = Instant.now();
        people.save(new PersonRow(person.id(), organizationId, person.decisionUnitId(), person.name(), person.title(), person.email(),
                person.phone(), person.language(), now));
        // other services check that a record names people of the right organizations (a contact's people)
        outbox.append(DirectoryTopics.PEOPLE, person.id().toString(), PersonEventTypes.ADDED_V1, new PersonAdded(person.id(), organizationId, now));
        return person;
    }

    /**
     * A page of the organization's people, for a participant of one of its pilots: its own accounts, an
     * account of an organization that takes part in one of the same pilots, or a coordinator of one of
     * them. Anyone else is told 403 (the organization itself is public). Every person read counts
     * against the caller's quota.
     */
    @Transactional(readOnly = true)
    public PeoplePage of(Caller caller, UUID organizationId, UUID after, int size) {
        OrganizationDetails o = organizations.find(organizationId).orElseThrow(() -> ProblemException.notFound("Organization", organizationId));
        List<UUID> pilots = o.pilots().stream().map(OrganizationDetails.Membership::pilotId).toList();
        if (!caller.belongsTo(organizationId) && pilots.stream().noneMatch(caller::coordinates)
                && !(caller.organizationId() != null && members.shareAPilot(caller.organizationId(), organizationId))) {
            throw ProblemException.forbidden("People's details are shown only to participants of a pilot this organization takes part in.");
        }
        List<PersonView> out = people.pageAfter(organizationId, after, size + 1).stream().map(p -> new PersonView(p.id(), organizationId,
                p.decisionUnitId(), p.name(), p.title(), p.email(), p.phone(), p.language())).toList();
        boolean more = out.size() > size;
        List<PersonView> page = more ? out.subList(0, size) : out;
        quota.spend(caller.accountId(), page.size());
        return new PeoplePage(List.copyOf(page), more ? page.get(size - 1).id() : null);
    }
}
