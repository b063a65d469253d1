package org.maillage.directory.organization;

import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.maillage.directory.api.ApplicationEventTypes;
import org.maillage.directory.api.ApplicationRefused;
import org.maillage.directory.api.DirectoryTopics;
import org.maillage.directory.api.OrganizationEventTypes;
import org.maillage.directory.api.OrganizationState;
import org.maillage.directory.pilot.PilotService;
import org.maillage.directory.reference.ReferenceData;
import org.maillage.platform.outbox.Outbox;
import org.maillage.platform.problem.ProblemException;
import org.maillage.platform.security.Caller;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The life cycle of organizations: a coordinator registers them (active at once) or an enterprise
 * applies (pending until a coordinator of its pilot approves); they join other pilots only by accepting
 * an invitation; they are deactivated (and reactivated), never deleted, since contracts refer to them. Every change is announced in the same transaction.
 */
@Singleton
public class OrganizationService {

    private static final String FORBIDDEN = "https://maillage.org/problems/forbidden";

    private final OrganizationStore store;
    private final ReferenceData reference;
    private final PilotService pilots;
    private final Outbox outbox;
    private final ApplicationRepository applications;
    private final DecisionUnitRepository units;
    private final Clock clock;

    public OrganizationService(OrganizationStore store, ReferenceData reference, PilotService pilots, Outbox outbox,
                               ApplicationRepository applications, DecisionUnitRepository units, Clock clock) {
        this.store = store;
        this.reference = reference;
        this.pilots = pilots;
        this.outbox = outbox;
        this.applications = applications;
        this.units = units;
        this.clock = clock;
    }

    /** @param caller the coordinator registering it, or null for an enterprise applying itself */
    @Transactional
    public OrganizationDetails registerEnterprise(Caller caller, EnterpriseForm f) {
        checkPilot(caller, f.pilotId());
        checkCodes("categories", f.categories());
        checkRegions("regions", f.regions());
        store.findByNeq(f.neq()).ifPresent(existing -> {
            // an application the caller may not see is named to no one: the NEQ is taken, by whom stays private
            OrganizationDetails seen = store.findSeenBy(caller, existing).orElse(null);
            if (seen == null) {
                throw ProblemException.conflict("neq", "NEQ " + f.neq() + " is already registered / NEQ déjà inscrit", Map.of());
            }
            throw ProblemException.conflict("neq", "NEQ " + f.neq() + " is already registered to " + seen.legalName() + " / NEQ déjà inscrit",
                    Map.of("existingOrganizationId", existing));
        });
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        store.insert(new OrganizationStore.NewRow(id, "ENTERPRISE", f.legalName().strip(), trimmed(f.otherNames()), f.neq(),
                caller == null ? "PENDING" : "ACTIVE", f.legalForm(), null, f.missionFr(), f.missionEn(), orEmpty(f.categories()),
                orEmpty(f.regions()), f.address(), f.website(), f.sizeBand(), f.capacityNotes(), null, null, now));
        store.addCertifications(id, f.certifications() == null ? List.of() : f.certifications());
        if (caller == null) {
            applications.save(new ApplicationRow(id, f.contactEmail() == null || f.contactEmail().isBlank() ? null
                    : f.contactEmail().strip().toLowerCase(java.util.Locale.ROOT), f.contactLanguage() == null ? "fr" : f.contactLanguage(),
                    null, null, null));
        }
        return joinAndAnnounce(id, f.pilotId(), LocalDate.ofInstant(now, Clocks.MONTREAL), OrganizationEventTypes.REGISTERED_V1, now);
    }

    @Transactional
    public OrganizationDetails registerInstitution(Caller caller, InstitutionForm f) {
        checkPilot(caller, f.pilotId());
        checkRegions("regions", f.regions());
        List<DecisionUnitForm> units = f.decisionUnits() == null ? List.of() : f.decisionUnits();
        for (int i = 0; i < units.size(); i++) {
            checkCodes("decisionUnits[" + i + "].categories", units.get(i).categories());
        }
        List<String> categories = units.stream().flatMap(u -> orEmpty(u.categories()).stream()).distinct().sorted().toList();
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        store.insert(new OrganizationStore.NewRow(id, "INSTITUTION", f.name().strip(), trimmed(f.otherNames()), null, "ACTIVE",
                null, f.institutionType(), f.missionFr(), f.missionEn(), categories, orEmpty(f.regions()), f.address(),
                f.website(), null, null, f.commitmentContracts(), f.commitmentValue(), now));
        store.addDecisionUnits(id, units);
        return joinAndAnnounce(id, f.pilotId(), LocalDate.ofInstant(now, Clocks.MONTREAL), OrganizationEventTypes.REGISTERED_V1, now);
    }

    /** The enterprise itself (its SUPPLIER accounts) or a coordinator of its pilots edits its profile. */
    @Transactional
    public OrganizationDetails updateEnterprise(Caller caller, UUID id, EnterpriseForm f) {
        OrganizationDetails o = store.findSeenBy(caller, id).filter(x -> x.kind().equals("ENTERPRISE"))
                .orElseThrow(() -> ProblemException.notFound("Enterprise", id));
        ownOrCoordinated(caller, o);
        if (!f.neq().equals(o.neq())) {
            throw ProblemException.invalid("neq", "the NEQ identifies the enterprise and cannot change / le NEQ ne change pas");
        }
        if (o.pilots().stream().noneMatch(m -> m.pilotId().equals(f.pilotId()))) {
            throw ProblemException.invalid("pilotId", "must be one of the enterprise's pilots (join others with POST /api/pilots/{id}/members)");
        }
        checkCodes("categories", f.categories());
        checkRegions("regions", f.regions());
        store.updateProfile(id, f, clock.instant());
        return announce(id, OrganizationEventTypes.UPDATED_V1);
    }

    /** The institution itself (its BUYER accounts) or a coordinator of its pilots adds a decision unit. */
    @Transactional
    public OrganizationDetails addDecisionUnit(Caller caller, UUID id, DecisionUnitForm unit) {
        OrganizationDetails o = store.findSeenBy(caller, id).filter(x -> x.kind().equals("INSTITUTION"))
                .orElseThrow(() -> ProblemException.notFound("Institution", id));
        ownOrCoordinated(caller, o);
        checkCodes("categories", unit.categories());
        store.addDecisionUnits(id, List.of(unit));
        store.recomputeInstitutionCategories(id);
        store.touch(id, clock.instant());
        return announce(id, OrganizationEventTypes.UPDATED_V1);
    }

    private void ownOrCoordinated(Caller caller, OrganizationDetails o) {
        if (!caller.belongsTo(o.id()) && !coordinatesAll(caller, o)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, FORBIDDEN, "Forbidden / Interdit",
                    "Only the organization itself, or a coordinator of every pilot it takes part in, may change it.", Map.of());
        }
    }

    /**
     * A coordinator acts on an organization only if it runs every pilot the organization takes part in:
     * sharing one pilot does not give power over what the organization does in the others.
     */
    public static boolean coordinatesAll(Caller caller, OrganizationDetails o) {
        return !o.pilots().isEmpty() && o.pilots().stream().allMatch(m -> caller.coordinates(m.pilotId()));
    }

    @Transactional
    public OrganizationDetails approve(Caller caller, UUID id) {
        OrganizationDetails o = coordinatedBy(caller, id);
        if (!store.changeStatus(id, List.of("PENDING"), "ACTIVE", clock.instant())) {
            throw ProblemException.conflict("status", "only a pending application can be approved; this one is " + o.status(), Map.of());
        }
        return announce(id, OrganizationEventTypes.UPDATED_V1);
    }

    /**
     * Turns an application down with a reason kept beside it. A state of its own (REFUSED), not a deactivation: the
     * enterprise never joined. The applicant is told through {@link DirectoryTopics#APPLICATIONS}.
     */
    @Transactional
    public OrganizationDetails refuse(Caller caller, UUID id, String reason) {
        OrganizationDetails o = coordinatedBy(caller, id);
        Instant now = clock.instant();
        if (!store.changeStatus(id, List.of("PENDING"), "REFUSED", now)) {
            throw ProblemException.conflict("status", "only a pending application can be refused; this one is " + o.status(), Map.of());
        }
        String why = reason.strip();
        ApplicationRow application = applications.findById(id).orElseGet(() -> applications.save(new ApplicationRow(id, null, "fr", null, null, null)))
                .refused(caller.accountId(), why, now);
        applications.update(application);
        OrganizationDetails refused = announce(id, OrganizationEventTypes.UPDATED_V1);
        outbox.append(DirectoryTopics.APPLICATIONS, id.toString(), ApplicationEventTypes.REFUSED_V1, new ApplicationRefused(id,
                refused.legalName(), refused.pilots().stream().map(OrganizationDetails.Membership::pilotId).toList(),
                application.contactEmail(), application.language(), why, now));
        return refused;
    }

    @Transactional
    public OrganizationDetails deactivate(Caller caller, UUID id) {
        OrganizationDetails o = coordinatedBy(caller, id);
        if (!store.changeStatus(id, List.of("PENDING", "ACTIVE"), "INACTIVE", clock.instant())) {
            throw ProblemException.conflict("status", "this organization is already " + o.status(), Map.of());
        }
        return announce(id, OrganizationEventTypes.DEACTIVATED_V1);
    }

    /** Undoes a deactivation. */
    @Transactional
    public OrganizationDetails reactivate(Caller caller, UUID id) {
        OrganizationDetails o = coordinatedBy(caller, id);
        if (!store.changeStatus(id, List.of("INACTIVE"), "ACTIVE", clock.instant())) {
            throw ProblemException.conflict("status", "only an inactive organization can be reactivated; this one is " + o.status(), Map.of());
        }
        return announce(id, OrganizationEventTypes.UPDATED_V1);
    }

    /**
     * Adds an existing organization to a pilot. Only with the organization's consent: the caller is the
     * acceptance of an invitation by one of its own accounts.
     */
    @Transactional
    public OrganizationDetails joinWithConsent(UUID organization, UUID pilot) {
        Instant now = clock.instant();
        store.touch(organization, now);
        return joinAndAnnounce(organization, pilot, LocalDate.ofInstant(now, Clocks.MONTREAL), OrganizationEventTypes.UPDATED_V1, now);
    }

    private OrganizationDetails joinAndAnnounce(UUID id, UUID pilot, LocalDate joinedOn, String type, Instant now) {
        store.addMembership(id, pilot, joinedOn);
        return announce(id, type);
    }

    /** A decision unit of the institution changed: its state is announced like any other change. */
    OrganizationDetails unitsChanged(UUID id) {
        store.recomputeInstitutionCategories(id);
        store.touch(id, clock.instant());
        return announce(id, OrganizationEventTypes.UPDATED_V1);
    }

    private OrganizationDetails announce(UUID id, String type) {
        store.refreshSearch(id);
        OrganizationDetails o = store.find(id).orElseThrow();
        outbox.append(DirectoryTopics.ORGANIZATIONS, id.toString(), type, new OrganizationState(o.id(), o.kind(), o.legalName(),
                o.otherNames(), o.status(), o.legalForm(), o.institutionType(), o.categories(), o.regions(),
                o.pilots().stream().map(OrganizationDetails.Membership::pilotId).toList(),
                // retired units too, flagged: consumers keep their names for what they bought, and let no one name them anew
                units.findByOrganizationIdOrderByName(id).stream().map(u -> new OrganizationState.DecisionUnit(u.id(), u.name(),
                        List.of(u.categories()), u.retiredOn() != null)).toList(),
                o.commitment() == null ? null : o.commitment().contracts(), o.commitment() == null ? null : o.commitment().valueCad(),
                o.updatedAt()));
        return o;
    }

    /**
     * The organization, if the caller coordinates all of its pilots; otherwise 403 (a member is public, so 404 would not hide
     * it), or 404 for an application the caller may not see.
     */
    private OrganizationDetails coordinatedBy(Caller caller, UUID id) {
        OrganizationDetails o = store.findSeenBy(caller, id).orElseThrow(() -> ProblemException.notFound("Organization", id));
        if (!coordinatesAll(caller, o)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, FORBIDDEN, "Forbidden / Interdit",
                    "Only a coordinator of every pilot this organization takes part in may do this.", Map.of());
        }
        return o;
    }

    private void checkPilot(Caller caller, UUID pilot) {
        if (!pilots.exists(pilot)) {
            throw ProblemException.invalid("pilotId", "no pilot " + pilot + " / projet pilote inconnu");
        }
        if (caller != null && !caller.coordinates(pilot)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, FORBIDDEN, "Forbidden / Interdit",
                    "You do not coordinate this pilot.", Map.of("errors", List.of(Map.of("field", "pilotId", "message", "not a pilot you coordinate"))));
        }
    }

    void checkCodes(String field, List<String> codes) {
        List<String> list = orEmpty(codes);
        for (int i = 0; i < list.size(); i++) {
            if (!reference.isCategory(list.get(i))) {
                throw ProblemException.invalid(field + "[" + i + "]", "unknown category " + list.get(i) + " (see GET /api/categories)");
            }
        }
    }

    private void checkRegions(String field, List<String> codes) {
        List<String> list = orEmpty(codes);
        for (int i = 0; i < list.size(); i++) {
            if (!reference.isRegion(list.get(i))) {
                throw ProblemException.invalid(field + "[" + i + "]", "unknown region " + list.get(i) + " (01 to 17, see GET /api/regions)");
            }
        }
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values.stream().distinct().toList();
    }

    private static List<String> trimmed(List<String> values) {
        return orEmpty(values).stream().map(String::strip).toList();
    }
}
