package org.maillage.notification.digest;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.maillage.notification.delivery.EmailIntentRepository;
import org.maillage.notification.message.Texts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Gathers each person's waiting alerts into one daily message, once their chosen hour (Montréal time) has come.
 * The digest is an intent like any other, keyed by (person, day), so a second run on the same day adds nothing;
 * the alerts it gathers are marked as gathered in the same transaction. Alerts held back by the daily limit after
 * today's digest wait for tomorrow's.
 */
@Singleton
public class Digests {

    private final EmailIntentRepository intents;

    public Digests(EmailIntentRepository intents) {
        this.intents = intents;
    }

    @Scheduled(fixedDelay = "${maillage.mail.digest-every:1m}", initialDelay = "10s")
    void scheduled() {
        runDue(Instant.now());
    }

    /** Answers how many digests it prepared. */
    @Transactional
    public int runDue(Instant now) {
        ZonedDateTime local = now.atZone(Texts.MONTREAL);
        LocalDate day = local.toLocalDate();
        int prepared = 0;
        for (UUID account : intents.waitingForDigest(local.getHour())) {
            List<Long> digest = intents.openDigest("digest:" + day, account);
            if (!digest.isEmpty()) {
                intents.gather(digest.get(0), account);
                prepared++;
            }
        }
        return prepared;
    }
}
