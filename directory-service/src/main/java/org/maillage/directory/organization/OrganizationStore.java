package org.maillage.directory.organization;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import io.micronaut.core.annotation.Nullable;
import org.maillage.platform.security.Caller;
import org.maillage.directory.pilot.PilotMemberRepository;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The organization aggregate through its repositories: the row, its certifications, decision units and pilot memberships. */
@Singleton
public class OrganizationStore {

    /** What a new organization row holds. */
    record NewRow(UUID id, String kind, String legalName, List<String> otherNames, String neq, String status,
                  String legalForm, String institutionType, String missionFr, String missionEn, List<String> categories,
                  List<String> regions, String address, String website, String sizeBand, String capacityNotes,
                  Integer commitmentContracts, BigDecimal commitmentValue, Instant now) {
    }

    private final OrganizationRepository organizations;
    private final CertificationRepository certifications;
    private final DecisionUnitRepository decisionUnits;
    private final PilotMemberRepository members;

    public OrganizationStore(OrganizationRepository organizations, CertificationRepository certifications,
                             DecisionUnitRepository decisionUnits, PilotMemberRepository members) {
        this.organizations = organizations;
        this.certifications = certifications;
        this.decisionUnits = decisionUnits;
        this.members = members;
    }

    @Transactional
    void insert(NewRow r) {
        organizations.save(new OrganizationRow(r.id(), r.kind(), r.legalName(), array(r.otherNames()), r.neq(), r.status(),
                r.legalForm(), r.institutionType(), r.missionFr(), r.missionEn(), array(r.categories()), array(r.regions()),
                r.address(), r.website(), r.sizeBand(), r.capacityNotes(), r.commitmentContracts(), r.commitmentValue(),
                r.now(), r.now(), 0));
    }

    /** Replaces an enterprise's profile: everything but its NEQ and memberships. */
    @Transactional
    void updateProfile(UUID id, EnterpriseForm f, Instant now) {
        OrganizationRow o = locked(id);
        organizations.update(new OrganizationRow(id, o.kind(), f.legalName().strip(), array(f.otherNames()), o.neq(), o.status(),
                f.legalForm(), o.institutionType(), f.missionFr(), f.missionEn(), array(f.categories()), array(f.regions()),
                f.address(), f.website(), f.sizeBand(), f.capacityNotes(), o.commitmentContracts(), o.commitmentValue(),
                o.createdAt(), now, o.version() + 1));
        certifications.deleteByOrganizationId(id);
        addCertifications(id, f.certifications() == null ? List.of() : f.certifications());
    }

    /** An institution buys what its decision units buy. */
    @Transactional
    void recomputeInstitutionCategories(UUID id) {
        OrganizationRow o = locked(id);
        String[] categories = decisionUnits.findByOrganizationIdAndRetiredOnIsNullOrderByName(id).stream()
                .flatMap(u -> Arrays.stream(u.categories())).distinct().sorted().toArray(String[]::new);
        organizations.update(new OrganizationRow(o.id(), o.kind(), o.legalName(), o.otherNames(), o.neq(), o.status(), o.legalForm(),
                o.institutionType(), o.missionFr(), o.missionEn(), categories, o.regions(), o.address(), o.website(), o.sizeBand(),
                o.capacityNotes(), o.commitmentContracts(), o.commitmentValue(), o.createdAt(), o.updatedAt(), o.version()));
    }

    @Transactional
    void addCertifications(UUID organization, List<CertificationForm> forms) {
        certifications.saveAll(forms.stream().map(f -> new CertificationRow(UUID.randomUUID(), organization, f.name().strip(),
                f.issuer().strip(), f.expiresOn())).toList());
    }

    @Transactional
    void addDecisionUnits(UUID organization, List<DecisionUnitForm> units) {
        decisionUnits.saveAll(units.stream().map(u -> new DecisionUnitRow(UUID.randomUUID(), organization, u.name().strip(),
                array(u.categories()), u.thresholdCad(), array(u.methods()), u.calendarNotes(), null)).toList());
    }

    /** Joins a pilot; joining again keeps the first date. */
    @Transactional
    void addMembership(UUID organization, UUID pilot, LocalDate joinedOn) {
        members.join(pilot, organization, joinedOn);
    }

    /** Moves the status from one of the given ones; false when the organization was not in any of them. */
    @Transactional
    boolean changeStatus(UUID id, List<String> from, String to, Instant now) {
        Optional<OrganizationRow> o = organizations.findByIdForUpdate(id).filter(x -> from.contains(x.status()));
        o.ifPresent(x -> organizations.update(x.changed(to, x.categories(), now)));
        return o.isPresent();
    }

    @Transactional
    void touch(UUID id, Instant now) {
        OrganizationRow o = locked(id);
        organizations.update(o.changed(o.status(), o.categories(), now));
    }

    /** Rebuilds the search document with the database function that defines it (migration V7). */
    @Transactional
    void refreshSearch(UUID id) {
        organizations.refreshSearch(id);
    }

    /** The organization holding this NEQ, if any. */
    @Transactional(readOnly = true)
    public Optional<UUID> findByNeq(String neq) {
        return organizations.findByNeq(neq).map(OrganizationRow::id);
    }

    @Transactional(readOnly = true)
    public Optional<OrganizationDetails> find(UUID id) {
        return organizations.findById(id).map(o -> {
            boolean institution = "INSTITUTION".equals(o.kind());
            return new OrganizationDetails(id, o.kind(), o.legalName(), List.of(o.otherNames()), o.neq(), o.status(), o.legalForm(),
                    o.institutionType(), o.missionFr(), o.missionEn(), List.of(o.categories()), List.of(o.regions()), o.address(),
                    o.website(), o.sizeBand(), o.capacityNotes(), certifications(id), decisionUnits(id),
                    institution ? new OrganizationDetails.Commitment(o.commitmentContracts(), o.commitmentValue()) : null,
                    memberships(id), o.createdAt(), o.updatedAt());
        });
    }

    /** The organization, if this caller may see it (Visibility): an application is the applicant's and its coordinators' alone. */
    @Transactional(readOnly = true)
    public Optional<OrganizationDetails> findSeenBy(@Nullable Caller caller, UUID id) {
        return find(id).filter(o -> Visibility.seenBy(caller, o));
    }

    private OrganizationRow locked(UUID id) {
        return organizations.findByIdForUpdate(id).orElseThrow(() -> new IllegalStateException("no organization " + id));
    }

    private List<OrganizationDetails.Certification> certifications(UUID id) {
        LocalDate today = LocalDate.now(Clocks.MONTREAL);
        return certifications.findByOrganizationIdOrderByName(id).stream().map(c -> new OrganizationDetails.Certification(c.name(),
                c.issuer(), c.expiresOn(), c.expiresOn() != null && c.expiresOn().isBefore(today))).toList();
    }

    private List<OrganizationDetails.DecisionUnit> decisionUnits(UUID id) {
        return decisionUnits.findByOrganizationIdAndRetiredOnIsNullOrderByName(id).stream().map(u -> new OrganizationDetails.DecisionUnit(u.id(),
                u.name(), List.of(u.categories()), u.thresholdCad(), List.of(u.methods()), u.calendarNotes())).toList();
    }

    private List<OrganizationDetails.Membership> memberships(UUID id) {
        return members.findByOrganization(id).stream()
                .map(m -> new OrganizationDetails.Membership(m.id().pilotId(), m.joinedOn())).toList();
    }

    private static String[] array(List<String> values) {
        return values == null ? new String[0] : values.toArray(String[]::new);
    }
}
