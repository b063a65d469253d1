package org.maillage.directory.organization;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An organization as the API shows it. */
@Serdeable
public record OrganizationView(UUID id, String kind, String legalName, String neq, String status,
                               List<String> categories, List<String> regions, Instant createdAt) {

    static OrganizationView of(Organization o) {
        return new OrganizationView(o.id(), o.kind(), o.legalName(), o.neq(), o.status(),
                List.of(o.categories()), List.of(o.regions()), o.createdAt());
    }
}
