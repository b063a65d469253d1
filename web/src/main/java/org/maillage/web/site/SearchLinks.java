package org.maillage.web.site;

import io.micronaut.core.annotation.Nullable;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A search page's links (the next page, the first, a filter taken off): the filters that are set, always in the same
 * order, then the cursor of the page to show. The same search is the same address, which the browser's history keeps.
 */
public final class SearchLinks {

    private SearchLinks() {
    }

    /** The filters, name then value, in that order; those left empty are left out. */
    public static Map<String, String> filters(String... namesAndValues) {
        Map<String, String> set = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            String value = namesAndValues[i + 1];
            if (value != null && !value.isEmpty()) {
                set.put(namesAndValues[i], value);
            }
        }
        return set;
    }

    public static String url(String path, Map<String, String> filters, @Nullable String cursor) {
        StringBuilder b = new StringBuilder(path);
        char sep = '?';
        for (Map.Entry<String, String> e : filters.entrySet()) {
            b.append(sep).append(e.getKey()).append('=').append(Page.encode(e.getValue()));
            sep = '&';
        }
        if (cursor != null) {
            b.append(sep).append("cursor=").append(Page.encode(cursor));
        }
        return b.toString();
    }
}
