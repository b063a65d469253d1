package org.maillage.contracts.contact;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A contact as its parties and the pilot's coordinators see it.
 *
 * @param firstContact derived: no earlier contact between the same two organizations
 * @param chain        the contacts that led to this one, nearest first, as far as the caller may see them
 * @param ledTo        the later contacts this one led to, as far as the caller may see them
 */
@Serdeable
public record ContactView(UUID id, @Nullable UUID pilotId, UUID enterpriseId, @Schema(maxLength = 300) String enterpriseName,
                          UUID counterpartId, @Schema(maxLength = 300) String counterpartName,
                          @Schema(maxLength = 20) String counterpartKind, @Nullable UUID decisionUnitId,
                          @ArraySchema(maxItems = 20) List<UUID> personIds, LocalDate occurredOn,
                          @Schema(maxLength = 20) String channel, UUID initiatedBy, @Schema(maxLength = 4000) String summary,
                          @Nullable @Schema(maxLength = 2000) String outcome, @Nullable @Schema(maxLength = 2000) String nextStep,
                          @Nullable LocalDate followUpOn, @Nullable UUID introducedByContactId, @Nullable UUID introducedByPersonId,
                          boolean firstContact, @ArraySchema(maxItems = 100) List<Link> chain,
                          @ArraySchema(maxItems = 200) List<Link> ledTo, Instant createdAt) {

    /** Another contact in the chain: enough to follow it. */
    @Serdeable
    public record Link(UUID id, LocalDate occurredOn, UUID enterpriseId, UUID counterpartId) {
    }

    public ContactView {
        personIds = personIds == null ? List.of() : List.copyOf(personIds);
        chain = chain == null ? List.of() : List.copyOf(chain);
        ledTo = ledTo == null ? List.of() : List.copyOf(ledTo);
    }

    ContactView withLinks(List<Link> chain, List<Link> ledTo) {
        return new ContactView(id, pilotId, enterpriseId, enterpriseName, counterpartId, counterpartName, counterpartKind, decisionUnitId,
                personIds, occurredOn, channel, initiatedBy, summary, outcome, nextStep, followUpOn, introducedByContactId,
                introducedByPersonId, firstContact, chain, ledTo, createdAt);
    }
}
