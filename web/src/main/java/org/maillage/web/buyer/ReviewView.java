package org.maillage.web.buyer;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * The public notice as enterprises will read it, before publishing, with how many enterprises it will reach.
 *
 * @param unit the decision unit's name, or null
 * @param blockers what still stops publishing, at the moment of the request
 */
public record ReviewView(BuyerApi.Opportunity o, String title, @Nullable String description, List<String> categories,
                         List<String> regions, List<String> clauses, @Nullable String unit, int reach,
                         List<Publication.Blocker> blockers, Form form) {
}
