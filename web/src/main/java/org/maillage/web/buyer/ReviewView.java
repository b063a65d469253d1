package org.maillage.web.buyer;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * The public notice as enterprises will read it, before publishing, with how many enterprises it will reach.
 *
 * @param unit the decision unit's name, or null
 * @param blockers what still stops publishing, at the moment of the request
 * @param otherTitle the title in the page's other language ({@code otherLanguage}), or null when the buyer wrote none
 * @param files    the notice's documents (current versions), by name
 */
public record ReviewView(BuyerApi.Opportunity o, String title, @Nullable String description, @Nullable String otherTitle,
                         @Nullable String otherDescription, String otherLanguage, List<String> files, List<String> categories,
                         List<String> regions, List<String> clauses, @Nullable String unit, int reach,
                         List<Publication.Blocker> blockers, Form form) {
}
