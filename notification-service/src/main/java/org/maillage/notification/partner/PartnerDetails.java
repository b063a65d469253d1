package org.maillage.notification.partner;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/** What a partner's message says, read when it is sent: the public facts of the opportunity, and who named the partner. */
@Introspected
record PartnerDetails(@Nullable String titleFr, @Nullable String titleEn, Instant deadline, @Nullable String buyerName,
                      @Nullable String leadName) {

    /** The title in the reader's language, or in the other one when the buyer wrote only that. */
    String title(String language) {
        String preferred = "en".equals(language) ? titleEn : titleFr;
        return preferred != null ? preferred : "en".equals(language) ? titleFr : titleEn;
    }
}
