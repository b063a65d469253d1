package org.maillage.web.buyer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/**
 * The signed-in buyer: the token for the API and the claims the pages need (organization, decision unit, pilots).
 * The API checks every claim again; the pages only use them to know what to ask for.
 */
public record Buyer(String token, UUID organization, @Nullable UUID decisionUnit, List<UUID> pilots) {

    /** The access token's payload, as the platform signed it. */
    @Serdeable
    record Claims(@Nullable String org, @Nullable String unit, @Nullable List<String> pilots) {
    }
}
