package org.maillage.contracts.matching;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Finds the active enterprises an opportunity fits: one of its categories and one of its regions (the rule is
 * {@link NotificationRepository#FITS}). Runs in the publishing transaction, so the notifications exist exactly when the
 * publication does.
 */
@Singleton
public class Matching {

    private final NotificationRepository notifications;

    public Matching(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    /** @return the enterprises notified */
    public List<UUID> notify(UUID opportunity, UUID buyer, List<String> categories, List<String> regions, Instant now) {
        return notifications.notifyFitting(opportunity, buyer, regions.toArray(String[]::new), categories.toArray(String[]::new), now);
    }

    /** How many enterprises publishing would notify now: the same rule as {@link #notify}. */
    @Transactional(readOnly = true)
    public int fitting(UUID buyer, List<String> categories, List<String> regions) {
        return notifications.countFitting(buyer, regions.toArray(String[]::new), categories.toArray(String[]::new));
    }

    @Transactional(readOnly = true)
    public int count(UUID opportunity) {
        return notifications.countByOpportunity(opportunity);
    }
}
