package org.maillage.directory.invitation;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;
import io.swagger.v3.oas.annotations.media.Schema;

/** The organization a coordinator invites into its pilot. */
@Schema(example = "{\"organizationId\": \"3f2b8c1e-5d7a-4c1b-9e0f-2a6b7c8d9e01\"}")
@Serdeable
public record NewInvitation(@NotNull UUID organizationId) {
}
