package org.maillage.notification.message;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.UUID;

/** What a message says about one opportunity. */
public record OpportunityItem(UUID id, @Nullable String titleFr, @Nullable String titleEn, Instant deadline, String status,
                              @Nullable String reason) {

    /** The title in the reader's language, or in the other one when the buyer wrote only that. */
    public String title(String language) {
        String preferred = "en".equals(language) ? titleEn : titleFr;
        String other = "en".equals(language) ? titleFr : titleEn;
        return preferred != null && !preferred.isBlank() ? preferred : other == null ? "" : other;
    }
}
