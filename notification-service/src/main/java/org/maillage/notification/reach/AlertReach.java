package org.maillage.notification.reach;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * How far an opportunity's alerts reached, counted in enterprises: how many it matched when published, how many were told by
 * email (an alert, or a daily digest listing it, went to at least one of their people), and how many will be told in a digest
 * still to come. The others matched, but none of their people agreed to alerts (or wants these categories and regions).
 */
@Introspected
@Serdeable
public record AlertReach(
        @Schema(description = "enterprises the opportunity matched when it was published", minimum = "0", maximum = "1000000") int matched,
        @Schema(description = "of them, enterprises told by email (an alert, or a daily digest that lists it)", minimum = "0", maximum = "1000000") int emailed,
        @Schema(description = "of them, enterprises not yet told, whose people chose the daily digest (or reached the day's limit)",
                minimum = "0", maximum = "1000000") int waitingForDigest) {
}
