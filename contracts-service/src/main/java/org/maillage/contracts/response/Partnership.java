package org.maillage.contracts.response;

import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/**
 * A joint response as its partner sees it: who leads it and whether the partner confirmed its part. Never the
 * price or the proposal, which stay the leading enterprise's until the deadline.
 */
@Serdeable
public record Partnership(UUID responseId, UUID leadEnterpriseId, boolean confirmed) {
}
