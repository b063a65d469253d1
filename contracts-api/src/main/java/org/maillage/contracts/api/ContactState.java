package org.maillage.contracts.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A contact's state after a change, on {@link ContractsTopics#CONTACTS}: what reporting needs to count first
 * contacts, follow-ons and referral chains. Whether it is a pair's first contact is not carried: it is derived
 * from the pair's dates, and a contact logged late may come before others. No summary, no people: those
 * stay between the parties.
 *
 * @param enterpriseId   an enterprise of the pair (between two enterprises, either: the pair is unordered)
 * @param counterpartKind ENTERPRISE or INSTITUTION
 * @param introducedByContactId the earlier contact that led to this one, if any
 * @param introduced     true when an earlier contact or a person led to it
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ContactState(UUID contactId, @Nullable UUID pilotId, UUID enterpriseId, UUID counterpartId, String counterpartKind,
                           @Nullable UUID decisionUnitId, LocalDate occurredOn, String channel, UUID initiatedBy,
                           @Nullable UUID introducedByContactId, boolean introduced, Instant createdAt, Instant occurredAt) {
}
