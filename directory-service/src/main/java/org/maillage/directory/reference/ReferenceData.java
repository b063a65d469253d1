package org.maillage.directory.reference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Categories and regions, read once from their tables (they change only by migration). */
@Singleton
public class ReferenceData {

    @Serdeable
    public record Category(@Schema(maxLength = 8) String code, @Nullable @Schema(maxLength = 8) String parent,
                           @Schema(maxLength = 200) String labelFr, @Schema(maxLength = 200) String labelEn) {
    }

    @Serdeable
    public record Region(@Schema(maxLength = 2) String code, @Schema(maxLength = 200) String labelFr,
                         @Schema(maxLength = 200) String labelEn) {
    }

    private final CategoryRepository categoryRows;
    private final RegionRepository regionRows;
    private volatile Map<String, Category> categories;
    private volatile Map<String, Region> regions;

    public ReferenceData(CategoryRepository categoryRows, RegionRepository regionRows) {
        this.categoryRows = categoryRows;
        this.regionRows = regionRows;
    }

    public List<Category> categories() {
        return List.copyOf(categoryMap().values());
    }

    public List<Region> regions() {
        return List.copyOf(regionMap().values());
    }

    public boolean isCategory(String code) {
        return categoryMap().containsKey(code);
    }

    public boolean isRegion(String code) {
        return regionMap().containsKey(code);
    }

    public Optional<Category> category(String code) {
        return Optional.ofNullable(categoryMap().get(code));
    }

    private Map<String, Category> categoryMap() {
        if (categories == null) {
            Map<String, Category> loaded = new LinkedHashMap<>();
            categoryRows.listOrderByCode().forEach(c -> loaded.put(c.code(), new Category(c.code(), c.parent(), c.labelFr(), c.labelEn())));
            categories = loaded;
        }
        return categories;
    }

    private Map<String, Region> regionMap() {
        if (regions == null) {
            Map<String, Region> loaded = new LinkedHashMap<>();
            regionRows.listOrderByCode().forEach(r -> loaded.put(r.code(), new Region(r.code(), r.labelFr(), r.labelEn())));
            regions = loaded;
        }
        return regions;
    }
}
