package org.maillage.web.stub;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A list answered as the API answers every list: {@code {"items": [...], "next": null}}. */
public final class StubListing {

    private StubListing() {
    }

    public static Map<String, Object> of(List<?> items) {
        Map<String, Object> page = new HashMap<>();
        page.put("items", items);
        page.put("next", null);
        return page;
    }
}
