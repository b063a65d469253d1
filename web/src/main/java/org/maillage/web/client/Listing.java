package org.maillage.web.client;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * The one shape every list of the API answers in (the services' {@code org.maillage.platform.api.Listing}, which lives
 * in their server-side platform module): a page of items and the cursor of the following page, null on the last.
 */
@Serdeable
public record Listing<T>(List<T> items, @Nullable String next) {

    public Listing {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
