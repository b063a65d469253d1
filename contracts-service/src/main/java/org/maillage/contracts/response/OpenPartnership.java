package org.maillage.contracts.response;

import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/**
 * A joint response naming the caller's enterprise as a partner, on an opportunity still open: enough for its
 * dashboard to ask it to confirm its part. Never the price or the proposal.
 */
@Serdeable
public record OpenPartnership(UUID opportunityId, UUID responseId, UUID leadEnterpriseId, boolean confirmed) {
}
