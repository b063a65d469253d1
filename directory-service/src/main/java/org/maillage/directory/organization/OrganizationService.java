package org.maillage.directory.organization;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.maillage.directory.api.DirectoryTopics;
import org.maillage.directory.api.OrganizationEventTypes;
import org.maillage.directory.api.OrganizationRegistered;
import org.maillage.platform.outbox.Outbox;
import org.maillage.platform.problem.ProblemException;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Singleton
public class OrganizationService {

    private final OrganizationRepository organizations;
    private final Outbox outbox;

    public OrganizationService(OrganizationRepository organizations, Outbox outbox) {
        this.organizations = organizations;
        this.outbox = outbox;
    }

    /** Registered by a coordinator, so active at once. The event is written in the same transaction. */
    @Transactional
    public OrganizationView registerEnterprise(RegisterEnterprise request) {
        organizations.findByNeq(request.neq()).ifPresent(existing -> {
            throw ProblemException.conflict("neq", "NEQ " + request.neq() + " is already registered to "
                    + existing.legalName() + " / NEQ déjà inscrit", Map.of("existingOrganizationId", existing.id()));
        });
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<String> categories = request.categories() == null ? List.of() : request.categories();
        List<String> regions = request.regions() == null ? List.of() : request.regions();
        Organization saved = organizations.save(new Organization(UUID.randomUUID(), "ENTERPRISE", request.legalName().strip(),
                request.neq(), "ACTIVE", categories.toArray(String[]::new), regions.toArray(String[]::new), now, now, null));
        outbox.append(DirectoryTopics.ORGANIZATIONS, saved.id().toString(), OrganizationEventTypes.REGISTERED_V1,
                new OrganizationRegistered(saved.id(), saved.kind(), saved.legalName(), saved.status(),
                        categories, regions, List.of(), now));
        return OrganizationView.of(saved);
    }

    @Transactional(readOnly = true)
    public Optional<OrganizationView> find(UUID id) {
        return organizations.findById(id).map(OrganizationView::of);
    }
}
