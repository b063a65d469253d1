package org.maillage.contracts.organization;

import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** contracts-service's own copy of the directory: who exists, of which kind, and whether active. */
@Singleton
public class KnownOrganizations {

    /** @param decisionUnits an institution's decision units; empty for an enterprise */
    public record Known(UUID id, String kind, String name, String status, List<UUID> pilots, List<UUID> decisionUnits) {
        public boolean active() {
            return "ACTIVE".equals(status);
        }
    }

    private final KnownOrganizationRepository organizations;

    public KnownOrganizations(KnownOrganizationRepository organizations) {
        this.organizations = organizations;
    }

    public Optional<Known> find(UUID id) {
        return organizations.findById(id).map(o -> new Known(o.id(), o.kind(), o.name(), o.status(), uuids(o.pilots()),
                uuids(o.decisionUnits())));
    }

    private static List<UUID> uuids(String[] ids) {
        return Arrays.stream(ids).map(UUID::fromString).toList();
    }
}
