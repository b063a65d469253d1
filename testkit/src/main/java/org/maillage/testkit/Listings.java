package org.maillage.testkit;

import java.util.List;
import java.util.Map;

/** Reads a list the API answered in its one shape, {@code {"items": [...], "next": cursor or null}}. */
public final class Listings {

    private Listings() {
    }

    /** The page's items; fails when the answer is not in the list shape (no {@code items} array, no {@code next}). */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> items(Map<String, Object> page) {
        if (!(page.get("items") instanceof List<?>) || !page.containsKey("next")) {
            throw new AssertionError("not a list in the API's shape {items, next}: " + page.keySet());
        }
        return (List<Map<String, Object>>) page.get("items");
    }
}
