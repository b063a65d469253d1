package org.maillage.directory.invitation;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/** The organization a coordinator invites into its pilot. */
@Serdeable
public record NewInvitation(@NotNull UUID organizationId) {
}
