package org.maillage.notification.reminder;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.maillage.notification.delivery.JobLock;
import org.maillage.notification.opportunity.AlertQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * Reminds interested enterprises that have not responded, once, when an opportunity enters its last hours. A clock,
 * not an event, starts it: so it looks every minute; each (opportunity, person) gets one reminder whatever the number
 * of instances or restarts, as the message's key is derived from the opportunity.
 */
@Singleton
public class DeadlineReminders {

    private static final Logger LOG = LoggerFactory.getLogger(DeadlineReminders.class);

    private final AlertQueue alerts;
    private final JobLock jobs;
    private final Duration window;

    DeadlineReminders(AlertQueue alerts, JobLock jobs, @Value("${maillage.mail.reminders.before-deadline:48h}") Duration window) {
        this.alerts = alerts;
        this.jobs = jobs;
        this.window = window;
    }

    @Scheduled(fixedDelay = "${maillage.mail.reminders.every:1m}", initialDelay = "5s")
    @Transactional
    public void remind() {
        jobs.hold("reminders");
        long written = alerts.reminders(window.toSeconds());
        if (written > 0) {
            LOG.info("{} deadline reminders to send", written);
        }
    }
}
