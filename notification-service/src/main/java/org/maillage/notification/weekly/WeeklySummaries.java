package org.maillage.notification.weekly;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.maillage.notification.Sql;
import org.maillage.notification.message.Texts;

import java.sql.Connection;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;

/**
 * Each Monday morning, one summary to every coordinator of what waits for it in its pilots. The intent is keyed by
 * the ISO week, so a second run in the same week (another instance, a restart) adds nothing; its figures are read
 * when it is sent, and a week with nothing to say sends nothing.
 */
@Singleton
public class WeeklySummaries {

    private final TransactionOperations<Connection> tx;

    public WeeklySummaries(TransactionOperations<Connection> tx) {
        this.tx = tx;
    }

    @Scheduled(cron = "${maillage.mail.weekly.cron:0 0 8 * * MON}", zoneId = "America/Montreal")
    void scheduled() {
        write(Instant.now());
    }

    /** Answers how many summaries it wrote for the week of {@code now} (Montréal time). */
    public int write(Instant now) {
        ZonedDateTime local = now.atZone(Texts.MONTREAL);
        String week = local.get(IsoFields.WEEK_BASED_YEAR) + "-W" + local.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        return tx.executeWrite(status -> Sql.update(status.getConnection(), """
                insert into email_intent (event_id, account_id, kind, delivery)
                select ?, r.account_id, 'WEEKLY', 'IMMEDIATE'
                from recipient r
                left join preference p on p.account_id = r.account_id
                where r.role = 'COORDINATOR' and cardinality(r.pilots) > 0
                  and not ('WEEKLY' = any(coalesce(p.kinds_off, '{}')))
                on conflict (event_id, account_id, kind) do nothing""", "weekly:" + week));
    }
}
