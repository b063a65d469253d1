package org.maillage.contracts.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A submitted response names partners ({@link OpportunityEventTypes#PARTNERS_NAMED_V1} on {@link ContractsTopics#OPPORTUNITIES},
 * keyed by the opportunity id), so that each partner is told. Sent at every submission that names any, with all of them:
 * a consumer keeps what it already did per (opportunity, lead, partner). Sealed like the response: who leads and whom it
 * names, never the price, the proposal or its documents.
 *
 * @param leadEnterpriseId the enterprise that submitted the response
 * @param partnerIds       the enterprises it names as partners, at least one
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ResponsePartners(UUID opportunityId, UUID responseId, UUID leadEnterpriseId, List<UUID> partnerIds, Instant occurredAt) {

    public ResponsePartners {
        partnerIds = partnerIds == null ? List.of() : List.copyOf(partnerIds);
    }
}
