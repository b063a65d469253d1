package org.maillage.web.site;

import java.util.List;

/**
 * @param kind  notFound, forbidden, expiredForm, unavailable or failed: picks the page's texts
 * @param typed for a form refused as expired, what the person had typed, shown so that it can be copied back: nothing
 *              they wrote is lost with the form
 */
public record ErrorView(String kind, List<Typed> typed) {

    /** One text a form carried: its field's name, and the text. */
    public record Typed(String field, String text) {
    }

    public ErrorView(String kind) {
        this(kind, List.of());
    }
}
