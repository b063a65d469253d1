package org.maillage.notification.message;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a message says about one opportunity. The buyer, categories, value and question deadline are what an alert adds to
 * the title and deadline, so an enterprise can judge the call from the message.
 *
 * @param buyer            the buying organization's name; null while not known here
 * @param categories       category codes, labelled in the reader's language when written
 * @param estimatedValue   CAD before taxes; null when withheld or not given
 * @param questionDeadline when questions close; null: with responses, at the deadline
 */
public record OpportunityItem(UUID id, @Nullable String titleFr, @Nullable String titleEn, Instant deadline, String status,
                              @Nullable String reason, @Nullable String buyer, List<String> categories,
                              @Nullable BigDecimal estimatedValue, @Nullable Instant questionDeadline) {

    public OpportunityItem {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /** Only what every message about it says: its title, deadline and status. */
    public static OpportunityItem of(UUID id, @Nullable String titleFr, @Nullable String titleEn, Instant deadline, String status,
                                     @Nullable String reason) {
        return new OpportunityItem(id, titleFr, titleEn, deadline, status, reason, null, List.of(), null, null);
    }

    /** The title in the reader's language, or in the other one when the buyer wrote only that. */
    public String title(String language) {
        String preferred = "en".equals(language) ? titleEn : titleFr;
        String other = "en".equals(language) ? titleFr : titleEn;
        return preferred != null && !preferred.isBlank() ? preferred : other == null ? "" : other;
    }
}
