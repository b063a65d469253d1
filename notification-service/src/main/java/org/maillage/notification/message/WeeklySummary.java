package org.maillage.notification.message;

import io.micronaut.core.annotation.Introspected;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What waits for a coordinator in its pilots: applications to approve, declared contracts, calls closing within a week. */
public record WeeklySummary(List<String> applications, List<Declared> declared, List<Closing> closing) {

    @Introspected
    public record Declared(String title, BigDecimal valueCad, String declaredBy) {
    }

    @Introspected
    public record Closing(String titleFr, String titleEn, String buyer, Instant deadline) {
    }

    public boolean isEmpty() {
        return applications.isEmpty() && declared.isEmpty() && closing.isEmpty();
    }
}
