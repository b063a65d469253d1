package org.maillage.platform.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The one shape every list of the API answers in: a page of items and the cursor of the following page.
 * A list that is complete in one answer (a pilot's regions, an opportunity's questions) has {@code next}
 * null; a list that grows without bound is paged by {@code limit} and {@code cursor}.
 *
 * @param items the page's items, in the list's documented order
 * @param next  the opaque cursor of the following page, null on the last page
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS) // `next` is there on the last page too, as null
@Schema(description = "One page of a list: `items`, and `next`, the cursor of the following page (null on the last page).")
public record Listing<T>(
        @ArraySchema(maxItems = 500, arraySchema = @Schema(description = "the page's items, in the list's documented order"))
        List<T> items,
        @Nullable
        @Schema(maxLength = 500, nullable = true, requiredMode = Schema.RequiredMode.REQUIRED, description = "opaque cursor: pass it back as the `cursor` query parameter, "
                + "with the same other parameters, for the following page; null on the last page")
        String next) {

    /**
     * A page of a list in a stable order, read with one row more than {@code size}: that extra row says a
     * following page exists, whose cursor is the page's last row.
     */
    public static <T> Listing<T> page(List<T> rows, int size, Function<T, UUID> id) {
        if (rows.size() <= size) {
            return new Listing<>(List.copyOf(rows), null);
        }
        List<T> page = List.copyOf(rows.subList(0, size));
        return new Listing<>(page, RowCursor.encode(id.apply(page.get(size - 1))));
    }

    /** A list complete in one answer. */
    public static <T> Listing<T> complete(List<T> items) {
        return new Listing<>(items, null);
    }
}
