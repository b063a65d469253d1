package org.maillage.directory.organization;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An organization as the API shows it. */
@Serdeable
public record OrganizationView(UUID id, @Schema(maxLength = 20) String kind, @Schema(maxLength = 200) String legalName,
                               @Schema(maxLength = 10) String neq, @Schema(maxLength = 20) String status,
                               @ArraySchema(maxItems = 50, schema = @Schema(maxLength = 8)) List<String> categories,
                               @ArraySchema(maxItems = 17, schema = @Schema(maxLength = 2)) List<String> regions, Instant createdAt) {

    static OrganizationView of(Organization o) {
        return new OrganizationView(o.id(), o.kind(), o.legalName(), o.neq(), o.status(),
                List.of(o.categories()), List.of(o.regions()), o.createdAt());
    }
}
