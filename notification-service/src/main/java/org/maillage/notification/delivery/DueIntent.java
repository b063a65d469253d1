package org.maillage.notification.delivery;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.util.UUID;

/** A claimed intent with whom, where and in which language to write: what the sender needs, read in one statement. */
@Introspected
record DueIntent(long id, String eventId, UUID accountId, String kind, @Nullable UUID opportunityId, @Nullable UUID questionId,
                 @Nullable UUID contractId, @Nullable String role, @Nullable String email, @Nullable String language) {
}
