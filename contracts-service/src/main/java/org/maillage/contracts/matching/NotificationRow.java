package org.maillage.contracts.matching;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** An enterprise matched to an opportunity (or that said it was interested unmatched), and how it answered. */
@MappedEntity("notification")
record NotificationRow(@EmbeddedId NotificationKey key, Instant notifiedAt, @Nullable Instant viewedAt, @Nullable Boolean interested,
                       @Nullable String reason, @Nullable String reasonText, @Nullable Instant answeredAt) {

    MyInterest interest() {
        return new MyInterest(key.opportunityId(), notifiedAt, viewedAt, interested, reason, reasonText, answeredAt);
    }
}
