package org.maillage.directory.reference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
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

    private final TransactionOperations<Connection> tx;
    private volatile Map<String, Category> categories;
    private volatile Map<String, Region> regions;

    public ReferenceData(TransactionOperations<Connection> tx) {
        this.tx = tx;
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
            categories = load("select code, parent, label_fr, label_en from category order by code",
                    rs -> new Category(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), Category::code);
        }
        return categories;
    }

    private Map<String, Region> regionMap() {
        if (regions == null) {
            regions = load("select code, label_fr, label_en from region order by code",
                    rs -> new Region(rs.getString(1), rs.getString(2), rs.getString(3)), Region::code);
        }
        return regions;
    }

    private interface Row<T> {
        T read(ResultSet rs) throws Exception;
    }

    private <T> Map<String, T> load(String sql, Row<T> row, java.util.function.Function<T, String> key) {
        return tx.executeRead(status -> {
            Map<String, T> out = new LinkedHashMap<>();
            try (PreparedStatement ps = status.getConnection().prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                List<T> all = new ArrayList<>();
                while (rs.next()) {
                    all.add(row.read(rs));
                }
                all.forEach(t -> out.put(key.apply(t), t));
            }
            return out;
        });
    }
}
