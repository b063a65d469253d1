package org.maillage.notification.weekly;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.maillage.notification.delivery.JobLock;
import org.maillage.notification.message.Texts;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;

/**
 * Each Monday morning, one summary to every coordinator of what waits for it in its pilots. The message is keyed by
 * the ISO week, so a second run in the same week (another instance, a restart) adds nothing; its figures are read
 * when it is sent, and a week with nothing to say sends nothing.
 */
@Singleton
public class WeeklySummaries {

    private final WeeklyQueue summaries;
    private final JobLock jobs;

    WeeklySummaries(WeeklyQueue summaries, JobLock jobs) {
        this.summaries = summaries;
        this.jobs = jobs;
    }

    @Scheduled(cron = "${maillage.mail.weekly.cron:0 0 8 * * MON}", zoneId = "America/Montreal")
    void scheduled() {
        write(Instant.now());
    }

    /** Answers how many summaries it wrote for the week of {@code now} (Montréal time). */
    @Transactional
    public int write(Instant now) {
        ZonedDateTime local = now.atZone(Texts.MONTREAL);
        String week = local.get(IsoFields.WEEK_BASED_YEAR) + "-W" + local.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        jobs.hold("weekly");
        return (int) summaries.weekly("weekly:" + week);
    }
}
