package org.maillage.web.site;

/** @param kind notFound, forbidden, unavailable or failed: picks the page's texts */
public record ErrorView(String kind) {
}
