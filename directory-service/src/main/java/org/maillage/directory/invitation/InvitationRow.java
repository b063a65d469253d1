package org.maillage.directory.invitation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("pilot_invitation")
record InvitationRow(@Id UUID id, UUID pilotId, UUID organizationId, String status, UUID invitedBy, Instant createdAt,
                     @Nullable UUID answeredBy, @Nullable Instant answeredAt) {
}
