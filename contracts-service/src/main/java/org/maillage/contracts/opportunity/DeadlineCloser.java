package org.maillage.contracts.opportunity;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;

/** Closes each opportunity at its deadline, exactly once however many instances run (see OpportunityStore.claimDue). */
@Singleton
@Requires(property = "maillage.opportunities.closer.enabled", notEquals = "false")
public class DeadlineCloser {

    private static final Logger LOG = LoggerFactory.getLogger(DeadlineCloser.class);

    private final OpportunityService opportunities;

    public DeadlineCloser(OpportunityService opportunities) {
        this.opportunities = opportunities;
    }

    @Scheduled(fixedDelay = "${maillage.opportunities.closer.every:5s}", initialDelay = "2s")
    void closeDue() {
        try {
            int closed = opportunities.closeDue(Instant.now());
            if (closed > 0) {
                LOG.info("closed {} opportunities at their deadline", closed);
            }
        } catch (Exception e) {
            // the next round retries; nothing was half-written (one transaction per round)
            LOG.warn("closing due opportunities failed: {}", e.toString());
        }
    }
}
