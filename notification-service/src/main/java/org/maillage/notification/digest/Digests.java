package org.maillage.notification.digest;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.maillage.notification.delivery.JobLock;
import org.maillage.notification.message.Texts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Gathers each person's waiting alerts into one daily message, once their chosen hour (Montréal time) has come.
 * The digest is a message like any other, keyed by (day, person), so a second run on the same day (or in another
 * instance) adds nothing; the alerts it gathers are marked as gathered in the same transaction. Alerts held back by the daily limit after
 * today's digest wait for tomorrow's.
 */
@Singleton
public class Digests {

    private final DigestQueue digests;
    private final JobLock jobs;

    Digests(DigestQueue digests, JobLock jobs) {
        this.digests = digests;
        this.jobs = jobs;
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
        jobs.hold("digest");
        int prepared = 0;
        for (UUID account : digests.waitingForDigest(local.getHour())) {
            List<Long> digest = digests.openDigest("digest:" + day, account);
            if (!digest.isEmpty()) {
                digests.gather(digest.get(0), account);
                prepared++;
            }
        }
        return prepared;
    }
}
