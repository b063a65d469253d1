package org.maillage.notification.partner;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/** What a partner's message says, read when it is sent: where to write, and the public facts of the opportunity. */
@Introspected
public record PartnerDetails(String email, String language, String title, Instant deadline, @Nullable String buyerName,
                             @Nullable String leadName) {
}
