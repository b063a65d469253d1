package org.maillage.directory.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.UUID;

@Serdeable
public record PersonView(UUID id, UUID organizationId, @Nullable UUID decisionUnitId, @Schema(maxLength = 200) String name,
                         @Nullable @Schema(maxLength = 200) String title, @Nullable @Schema(maxLength = 254) String email,
                         @Nullable @Schema(maxLength = 40) String phone, @Schema(maxLength = 2) String language) {
}
