package org.maillage.web.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import org.maillage.web.site.Language;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Labels the pages show for codes and identifiers: categories and regions (GET /api/categories, /api/regions)
 * and organizations' names. They change rarely, so they are kept a few minutes rather than fetched per page.
 */
@Singleton
public class Reference {

    private static final Duration KEEP = Duration.ofMinutes(5);

    private final Api api;
    private volatile Labels labels;
    private final Map<UUID, Named> names = new ConcurrentHashMap<>();

    public Reference(Api api) {
        this.api = api;
    }

    public String category(String code, Language language) {
        Label l = labels().categories().get(code);
        return l == null ? code : l.in(language);
    }

    public String region(String code, Language language) {
        Label l = labels().regions().get(code);
        return l == null ? code : l.in(language);
    }

    /** Every category and region, in the API's order, for the search filters. */
    public Map<String, Label> categories() {
        return labels().categories();
    }

    public Map<String, Label> regions() {
        return labels().regions();
    }

    /** An organization's name, or null if the directory does not know it (any more). */
    @Nullable
    public String organizationName(UUID id, String kind) {
        Named n = names.get(id);
        if (n != null && n.at().plus(KEEP).isAfter(Instant.now())) {
            return n.name();
        }
        String name;
        try {
            name = api.get(("INSTITUTION".equals(kind) ? "/api/institutions/" : "/api/enterprises/") + id, Org.class).legalName();
        } catch (ApiException e) {
            if (e.status() != 404) {
                throw e;
            }
            name = null;
        }
        names.put(id, new Named(name, Instant.now()));
        return name;
    }

    private Labels labels() {
        Labels l = labels;
        if (l == null || l.at().plus(KEEP).isBefore(Instant.now())) {
            l = new Labels(index(api.list("/api/categories", Item.class)), index(api.list("/api/regions", Item.class)), Instant.now());
            labels = l;
        }
        return l;
    }

    private static Map<String, Label> index(List<Item> items) {
        Map<String, Label> m = new LinkedHashMap<>();
        items.forEach(i -> m.put(i.code(), new Label(i.labelFr(), i.labelEn())));
        return m;
    }

    public record Label(String fr, String en) {
        public String in(Language language) {
            return language == Language.FR ? fr : en;
        }
    }

    @Serdeable
    record Item(String code, String labelFr, String labelEn) {
    }

    @Serdeable
    record Org(String legalName) {
    }

    private record Labels(Map<String, Label> categories, Map<String, Label> regions, Instant at) {
    }

    private record Named(@Nullable String name, Instant at) {
    }
}
