package org.maillage.web.client;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The one shape every list of the API answers in (the services' {@code org.maillage.platform.api.Listing}, which lives
 * in their server-side platform module): a page of items and the cursor of the following page, null on the last.
 */
@Serdeable
public record Listing<T>(List<T> items, @Nullable String next) {

    public Listing {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** Every item of a paged list, page after page (the cursor of each to the next), up to {@code atMost}. */
    public static <T> List<T> all(Function<String, Listing<T>> page, int atMost) {
        List<T> out = new ArrayList<>();
        String cursor = null;
        do {
            Listing<T> p = page.apply(cursor);
            out.addAll(p.items());
            cursor = p.next();
        } while (cursor != null && out.size() < atMost);
        return out.size() > atMost ? List.copyOf(out.subList(0, atMost)) : out;
    }
}
