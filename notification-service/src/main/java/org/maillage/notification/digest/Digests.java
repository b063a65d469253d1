package org.maillage.notification.digest;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.maillage.notification.Sql;
import org.maillage.notification.message.Texts;

import java.sql.Connection;
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

    private final TransactionOperations<Connection> tx;

    public Digests(TransactionOperations<Connection> tx) {
        this.tx = tx;
    }

    @Scheduled(fixedDelay = "${maillage.mail.digest-every:1m}", initialDelay = "10s")
    void scheduled() {
        runDue(Instant.now());
    }

    /** Answers how many digests it prepared. */
    public int runDue(Instant now) {
        ZonedDateTime local = now.atZone(Texts.MONTREAL);
        LocalDate day = local.toLocalDate();
        return tx.executeWrite(status -> {
            Connection c = status.getConnection();
            List<UUID> due = Sql.list(c, """
                    select distinct i.account_id from email_intent i
                    left join preference p on p.account_id = i.account_id
                    where i.status = 'PENDING' and i.delivery = 'DIGEST' and coalesce(p.digest_hour, 7) <= ?""",
                    rs -> rs.getObject(1, UUID.class), local.getHour());
            int prepared = 0;
            for (UUID account : due) {
                List<Long> digest = Sql.list(c, """
                        insert into email_intent (event_id, account_id, kind, delivery) values (?, ?, 'DIGEST', 'IMMEDIATE')
                        on conflict (event_id, account_id, kind) do nothing returning id""",
                        rs -> rs.getLong(1), "digest:" + day, account);
                if (!digest.isEmpty()) {
                    Sql.update(c, """
                            update email_intent set status = 'DIGESTED', digest_id = ?
                            where account_id = ? and status = 'PENDING' and delivery = 'DIGEST'""", digest.get(0), account);
                    prepared++;
                }
            }
            return prepared;
        });
    }
}
