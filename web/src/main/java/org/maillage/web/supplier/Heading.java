package org.maillage.web.supplier;

import java.time.Instant;
import java.util.UUID;

/**
 * An opportunity as the top of each supplier page shows it.
 *
 * @param remaining how long is left, in words, or null once the deadline has passed
 * @param open      responses, interest and questions are still accepted (published and before the deadline)
 */
public record Heading(UUID id, String title, String buyer, String statusCode, String status, Instant deadline,
                      String remaining, boolean open) {

    public String deadlineIso() {
        return deadline.toString();
    }
}
