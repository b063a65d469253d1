package org.maillage.contracts.contact;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.maillage.contracts.api.ContactEventTypes;
import org.maillage.contracts.api.ContactState;
import org.maillage.contracts.api.ContractsTopics;
import org.maillage.contracts.opportunity.MontrealTime;
import org.maillage.contracts.organization.KnownOrganizations;
import org.maillage.contracts.organization.KnownPeople;
import org.maillage.contracts.organization.KnownPersonRow;
import org.maillage.platform.api.Listing;
import org.maillage.platform.api.RowCursor;
import org.maillage.platform.outbox.Outbox;
import org.maillage.platform.problem.ProblemException;
import org.maillage.platform.security.Caller;
import org.maillage.platform.security.Roles;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The contact log: who met whom, how, and which earlier contact led to it. Logged by either party, or by a
 * coordinator of the pilot both take part in (a pilot activity); seen only by them.
 */
@Singleton
public class ContactService {

    private final ContactRepository contacts;
    private final ContactStore store;
    private final KnownOrganizations organizations;
    private final KnownPeople people;
    private final Outbox outbox;

    ContactService(ContactRepository contacts, ContactStore store, KnownOrganizations organizations, KnownPeople people, Outbox outbox) {
        this.contacts = contacts;
        this.store = store;
        this.organizations = organizations;
        this.people = people;
        this.outbox = outbox;
    }

    @Transactional
    public ContactView log(Caller caller, ContactForm f) {
        KnownOrganizations.Known enterprise = active("enterpriseId", f.enterpriseId());
        if (!"ENTERPRISE".equals(enterprise.kind())) {
            throw ProblemException.invalid("enterpriseId", "must be an enterprise");
        }
        if (f.enterpriseId().equals(f.counterpartId())) {
            throw ProblemException.invalid("counterpartId", "a contact is between two different organizations");
        }
        KnownOrganizations.Known counterpart = active("counterpartId", f.counterpartId());
        if (!f.initiatedBy().equals(f.enterpriseId()) && !f.initiatedBy().equals(f.counterpartId())) {
            throw ProblemException.invalid("initiatedBy", "must be one of the two organizations");
        }
        if (f.decisionUnitId() != null && !"INSTITUTION".equals(counterpart.kind())) {
            throw ProblemException.invalid("decisionUnitId", "only an institution has decision units");
        }
        if (f.decisionUnitId() != null && !counterpart.decisionUnits().contains(f.decisionUnitId())) {
            throw ProblemException.invalid("decisionUnitId", "not a decision unit of the institution " + f.counterpartId());
        }
        if (f.occurredOn().isAfter(LocalDate.now(MontrealTime.ZONE))) {
            throw ProblemException.invalid("occurredOn", "a contact is logged once it happened, not in the future");
        }
        if (f.followUpOn() != null && f.followUpOn().isBefore(f.occurredOn())) {
            throw ProblemException.invalid("followUpOn", "must not be before the contact (" + f.occurredOn() + ")");
        }
        checkPeople(f);
        UUID pilot = pilot(f, enterprise, counterpart);
        boolean party = caller.belongsTo(f.enterpriseId()) || caller.belongsTo(f.counterpartId());
        if (!party && !(pilot != null && caller.coordinates(pilot))) {
            throw ProblemException.forbidden("A contact is logged by one of its two organizations or by a coordinator of their pilot.");
        }
        UUID id = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        ContactStore.Viewer viewer = viewer(caller);
        if (f.introducedByContactId() != null) {
            ContactView earlier = store.find(viewer, f.introducedByContactId())
                    .orElseThrow(() -> ProblemException.invalid("introducedByContactId", "no contact " + f.introducedByContactId()));
            if (earlier.occurredOn().isAfter(f.occurredOn())) {
                throw ProblemException.invalid("introducedByContactId", "the introducing contact (" + earlier.occurredOn()
                        + ") must not come after this one");
            }
        }
        contacts.save(ContactRow.logged(id, pilot, f, counterpart.kind(),
                caller.organizationId() != null ? caller.organizationId() : caller.accountId(), now));
        return announce(viewer, id, ContactEventTypes.LOGGED_V1, now);
    }

    @Transactional
    public ContactView followUp(Caller caller, UUID id, FollowUpForm f) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        ContactStore.Viewer viewer = viewer(caller);
        ContactView before = store.find(viewer, id).orElseThrow(() -> ProblemException.notFound("Contact", id));
        if (f.followUpOn() != null && f.followUpOn().isBefore(before.occurredOn())) {
            throw ProblemException.invalid("followUpOn", "must not be before the contact (" + before.occurredOn() + ")");
        }
        contacts.update(contacts.findByIdForUpdate(id).orElseThrow().followedUp(f));
        return announce(viewer, id, ContactEventTypes.UPDATED_V1, now);
    }

    @Transactional(readOnly = true)
    public ContactView show(Caller caller, UUID id) {
        return withLinks(viewer(caller), id);
    }

    @Transactional(readOnly = true)
    public Listing<ContactView> list(Caller caller, UUID pilot, UUID with, @Nullable String cursor, int limit) {
        if (pilot != null && caller.is(Roles.COORDINATOR) && !caller.coordinates(pilot)) {
            throw ProblemException.forbidden("You coordinate other pilots.");
        }
        UUID after = RowCursor.decode(cursor);
        return Listing.page(store.list(viewer(caller), pilot, with, after, limit + 1), limit, ContactView::id);
    }

    private ContactView withLinks(ContactStore.Viewer viewer, UUID id) {
        ContactView v = store.find(viewer, id).orElseThrow(() -> ProblemException.notFound("Contact", id));
        return v.withLinks(store.chain(viewer, id), store.ledTo(viewer, id));
    }

    /** The pilot named, which both must take part in; by default the one pilot they share. */
    private static UUID pilot(ContactForm f, KnownOrganizations.Known enterprise, KnownOrganizations.Known counterpart) {
        List<UUID> shared = enterprise.pilots().stream().filter(counterpart.pilots()::contains).toList();
        if (f.pilotId() != null) {
            if (!shared.contains(f.pilotId())) {
                throw ProblemException.invalid("pilotId", "both organizations must take part in pilot " + f.pilotId());
            }
            return f.pilotId();
        }
        if (shared.size() > 1) {
            throw ProblemException.invalid("pilotId", "the two organizations share several pilots; say which one");
        }
        return shared.isEmpty() ? null : shared.get(0);
    }

    /**
     * Every person named (who took part, who made the introduction) is a person of one of the two organizations, as the
     * directory announced them: a contact cannot attach another organization's people to itself. An id that is no person
     * and a person of a third organization get the same answer, so the check tells nothing about other organizations.
     */
    private void checkPeople(ContactForm f) {
        List<UUID> named = new ArrayList<>(f.personIds());
        if (f.introducedByPersonId() != null) {
            named.add(f.introducedByPersonId());
        }
        if (named.isEmpty()) {
            return;
        }
        Set<UUID> parties = Set.of(f.enterpriseId(), f.counterpartId());
        // a person who left is still named in what happened before the day they were removed, never after
        Set<UUID> ofTheParties = people.findByIdIn(named).stream().filter(p -> parties.contains(p.organizationId()))
                .filter(p -> p.removedAt() == null || !f.occurredOn().isAfter(LocalDate.ofInstant(p.removedAt(), MontrealTime.ZONE)))
                .map(KnownPersonRow::id).collect(Collectors.toSet());
        String notOfTheParties = "no person of " + f.enterpriseId() + " or " + f.counterpartId() + " has the id ";
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < f.personIds().size(); i++) {
            UUID person = f.personIds().get(i);
            if (!ofTheParties.contains(person)) {
                throw ProblemException.invalid("personIds[" + i + "]", notOfTheParties + person);
            }
            if (!seen.add(person)) {
                throw ProblemException.invalid("personIds[" + i + "]", "person " + person + " is named twice");
            }
        }
        if (f.introducedByPersonId() != null && !ofTheParties.contains(f.introducedByPersonId())) {
            throw ProblemException.invalid("introducedByPersonId", notOfTheParties + f.introducedByPersonId());
        }
    }

    private static ContactStore.Viewer viewer(Caller caller) {
        return new ContactStore.Viewer(caller.organizationId(), caller.is(Roles.COORDINATOR) ? caller.pilots() : List.of());
    }

    private KnownOrganizations.Known active(String field, UUID id) {
        KnownOrganizations.Known k = organizations.find(id).orElseThrow(() -> ProblemException.invalid(field, "no organization " + id));
        if (!k.active()) {
            throw ProblemException.conflict(field, "organization " + id + " is " + k.status(), Map.of());
        }
        return k;
    }

    /** Reads back what was just written (as the caller sees it), announces it, and answers it with its links. */
    private ContactView announce(ContactStore.Viewer viewer, UUID id, String type, Instant now) {
        ContactView v = store.find(viewer, id).orElseThrow();
        outbox.append(ContractsTopics.CONTACTS, id.toString(), type, new ContactState(v.id(), v.pilotId(), v.enterpriseId(),
                v.counterpartId(), v.counterpartKind(), v.decisionUnitId(), v.occurredOn(), v.channel(), v.initiatedBy(),
                v.introducedByContactId(), v.introducedByContactId() != null || v.introducedByPersonId() != null, v.createdAt(), now));
        return v.withLinks(store.chain(viewer, id), store.ledTo(viewer, id));
    }
}
