package org.maillage.notification.outcome;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;
import java.util.UUID;

/**
 * One bidder's own outcome of a decided opportunity (see migration V7).
 *
 * @param result         WON, REJECTED or NOT_RETAINED
 * @param reason         the buyer's reason for rejecting this response
 * @param decision       AWARDED or UNSUCCESSFUL
 * @param decisionReason why the opportunity ended without a contract
 */
@MappedEntity("bidder_outcome")
record BidderOutcomeRow(@EmbeddedId Key id, String result, @Nullable String reason, String decision, @Nullable String decisionReason,
                        Instant decidedAt) {

    @Embeddable
    record Key(@MappedProperty("opportunity_id") UUID opportunityId, @MappedProperty("enterprise_id") UUID enterpriseId) {
    }
}
