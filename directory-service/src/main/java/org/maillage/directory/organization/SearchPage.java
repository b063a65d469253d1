package org.maillage.directory.organization;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/**
 * One page of directory search results, with counts per facet for the whole result (not just the page).
 * Its {@code items} and {@code next} are those of every list ({@link org.maillage.platform.api.Listing}); the
 * counts sit beside them.
 *
 * @param next the opaque cursor of the following page (pass it back as {@code cursor}); null on the last page
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS) // `next` is there on the last page too, as null
public record SearchPage(@ArraySchema(maxItems = 100) List<Hit> items,
                         @Schema(minimum = "0", maximum = "100000000") long total,
                         Facets facets,
                         @Nullable @Schema(maxLength = 500, nullable = true, requiredMode = Schema.RequiredMode.REQUIRED, description = "opaque cursor: pass it back as the "
                                 + "`cursor` query parameter, with the same other parameters, for the following page; null on the last page")
                         String next) {

    @Serdeable
    public record Hit(UUID id, @Schema(maxLength = 20) String kind, @Schema(maxLength = 200) String name,
                      @Nullable @Schema(maxLength = 30) String legalForm,
                      @ArraySchema(maxItems = 50, schema = @Schema(maxLength = 8)) List<String> categories,
                      @ArraySchema(maxItems = 17, schema = @Schema(maxLength = 2)) List<String> regions) {
    }

    /** Counts by code, most frequent first; labels come from GET /api/categories and GET /api/regions. */
    @Serdeable
    public record Facets(@ArraySchema(maxItems = 2) List<Count> kinds, @ArraySchema(maxItems = 1000) List<Count> categories,
                         @ArraySchema(maxItems = 17) List<Count> regions, @ArraySchema(maxItems = 10) List<Count> legalForms) {
    }

    @Serdeable
    public record Count(@Schema(maxLength = 30) String code, @Schema(minimum = "0", maximum = "100000000") long count) {
    }
}
