package org.maillage.notification.delivery;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import jakarta.mail.MessagingException;
import org.maillage.notification.MailSettings;
import org.maillage.notification.Sql;
import org.maillage.notification.message.Answer;
import org.maillage.notification.message.DeclaredContract;
import org.maillage.notification.message.Email;
import org.maillage.notification.message.MessageRenderer;
import org.maillage.notification.message.OpportunityItem;
import org.maillage.notification.message.Texts;
import org.maillage.notification.message.WeeklySummary;
import org.maillage.notification.unsubscribe.UnsubscribeTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Sends pending intents through SMTP and records each outcome. A batch is claimed with {@code for update skip locked},
 * so several instances never send the same intent; a message is marked sent in the transaction that claimed it.
 * Should the process die between the SMTP server's acceptance and that commit, the intent is sent again with the same
 * Message-ID (derived from its key), so the copy is recognisable. While the server cannot be reached, the loop backs
 * off exponentially and nothing is lost; a permanent refusal is recorded and the address gets no more alerts.
 */
@Singleton
@Requires(property = "maillage.mail.sender.enabled", notEquals = "false")
public class Sender {

    private static final Logger LOG = LoggerFactory.getLogger(Sender.class);

    private record Due(long id, String eventId, UUID accountId, Kind kind, UUID opportunityId, UUID questionId, UUID contractId,
                       String role, String email, String language) {
    }

    /** The SMTP server could not be reached or asked to try later: the batch stops there. */
    private static final class Unreachable extends RuntimeException {
        Unreachable(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }

    private final TransactionOperations<Connection> tx;
    private final MessageRenderer renderer;
    private final UnsubscribeTokens tokens;
    private final MailSettings settings;
    private final Bucket rate;
    private final List<Thread> threads = new ArrayList<>();
    private final List<SmtpMailer> mailers = new ArrayList<>();
    private volatile boolean running;

    public Sender(TransactionOperations<Connection> tx, MessageRenderer renderer, UnsubscribeTokens tokens, MailSettings settings) {
        this.tx = tx;
        this.renderer = renderer;
        this.tokens = tokens;
        this.settings = settings;
        this.rate = Bucket.builder().addLimit(Bandwidth.builder().capacity(settings.getRatePerSecond())
                .refillGreedy(settings.getRatePerSecond(), Duration.ofSeconds(1)).build()).build();
    }

    /** Several threads, each with its own SMTP connection; {@code skip locked} keeps them off each other's intents. */
    @EventListener
    synchronized void onStartup(StartupEvent event) {
        running = true;
        for (int i = 0; i < Math.max(1, settings.getSenders()); i++) {
            SmtpMailer mailer = new SmtpMailer(settings);
            mailers.add(mailer);
            Thread thread = new Thread(() -> loop(mailer), "email-sender-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    @EventListener
    synchronized void onShutdown(ShutdownEvent event) {
        running = false;
        for (Thread thread : threads) {
            thread.interrupt();
        }
        for (Thread thread : threads) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        mailers.forEach(SmtpMailer::close);
    }

    private void loop(SmtpMailer mailer) {
        long backoff = 0;
        while (running) {
            try {
                int handled = sendBatch(mailer);
                backoff = 0;
                if (handled == 0) {
                    Thread.sleep(settings.getPollMs());
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                backoff = backoff == 0 ? settings.getBackoffInitialMs() : Math.min(backoff * 2, settings.getBackoffMaxMs());
                LOG.warn("sending mail failed, retrying in {} ms: {}", backoff, e.getMessage());
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException ie) {
                    return;
                }
            }
        }
    }

    /** Sends one batch of due intents; answers how many it settled. Throws {@link Unreachable} after committing what was sent. */
    int sendBatch(SmtpMailer mailer) {
        Unreachable[] stopped = new Unreachable[1];
        int settled = tx.executeWrite(status -> {
            Connection c = status.getConnection();
            List<Due> due = Sql.list(c, """
                    select i.id, i.event_id, i.account_id, i.kind, i.opportunity_id, i.question_id, i.contract_id, r.role, r.email,
                           coalesce(p.language, r.language) language
                    from email_intent i
                    left join recipient r on r.account_id = i.account_id
                    left join preference p on p.account_id = i.account_id
                    where i.status = 'PENDING' and i.delivery = 'IMMEDIATE' and i.next_attempt_at <= now()
                    order by i.id limit ? for update of i skip locked""",
                    rs -> new Due(rs.getLong(1), rs.getString(2), rs.getObject(3, UUID.class), Kind.valueOf(rs.getString(4)),
                            rs.getObject(5, UUID.class), rs.getObject(6, UUID.class), rs.getObject(7, UUID.class), rs.getString(8),
                            rs.getString(9), rs.getString(10)),
                    settings.getBatchSize());
            int n = 0;
            for (Due d : due) {
                try {
                    if (settle(c, d, mailer)) {
                        n++;
                    }
                } catch (Unreachable e) {
                    Sql.update(c, "update email_intent set attempts = attempts + 1, error = ? where id = ?", e.getMessage(), d.id());
                    stopped[0] = e;
                    break;
                }
            }
            return n;
        });
        if (stopped[0] != null) {
            throw stopped[0];
        }
        return settled;
    }

    /** Answers false when the intent was left for a later batch. */
    private boolean settle(Connection c, Due d, SmtpMailer mailer) throws SQLException {
        if (d.email() == null) {
            // the account was closed, or is not known here: no one to write to
            Sql.update(c, "update email_intent set status = 'SUPPRESSED', error = 'no recipient' where id = ?", d.id());
            return true;
        }
        if (d.kind() == Kind.MATCHED) {
            if (!lockAccount(c, d.accountId())) {
                // another sender is writing to this person: its sends must be counted first, so this waits for the next batch
                return false;
            }
            if (Sql.first(c, "select 1 from bounced_address where email = ?", rs -> 1, d.email()).isPresent()) {
                Sql.update(c, "update email_intent set status = 'SUPPRESSED', error = 'address bounced' where id = ?", d.id());
                return true;
            }
            if (alertsSentToday(c, d.accountId()) >= settings.getMaxAlertsPerDay()) {
                // over the day's limit: it waits for the next digest instead
                Sql.update(c, "update email_intent set delivery = 'DIGEST' where id = ?", d.id());
                return true;
            }
        }
        Email email = switch (d.kind()) {
            case DECLARED -> declared(c, d);
            case WEEKLY -> weekly(c, d);
            default -> aboutOpportunities(c, d);
        };
        if (email == null) {
            Sql.update(c, "update email_intent set status = 'SUPPRESSED', error = 'nothing to say' where id = ?", d.id());
            return true;
        }
        rate.asBlocking().consumeUninterruptibly(1);
        try {
            mailer.send(d.email(), email, messageId(d));
            Sql.update(c, "update email_intent set status = 'SENT', sent_at = now(), email = ?, language = ?, attempts = attempts + 1, error = null where id = ?",
                    d.email(), email.language(), d.id());
        } catch (SmtpMailer.PermanentFailure e) {
            LOG.warn("message {} to account {} refused for good: {}", d.id(), d.accountId(), e.getMessage());
            Sql.update(c, "update email_intent set status = 'FAILED', email = ?, attempts = attempts + 1, error = ? where id = ?",
                    d.email(), e.getMessage(), d.id());
            Sql.update(c, "insert into bounced_address (email, reason) values (?, ?) on conflict do nothing", d.email(), e.getMessage());
        } catch (MessagingException e) {
            throw new Unreachable(e);
        }
        return true;
    }

    private Email aboutOpportunities(Connection c, Due d) throws SQLException {
        List<OpportunityItem> items = items(c, d);
        Answer answer = d.questionId() == null ? null : Sql.first(c, "select question, answer from answered_question where question_id = ?",
                rs -> new Answer(rs.getString(1), rs.getString(2)), d.questionId()).orElse(null);
        return renderer.render(d.kind(), d.language(), items, answer, unsubscribeUrl(d));
    }

    /** Null when the contract is not known here (its event was not applied): nothing is sent rather than a blank message. */
    private Email declared(Connection c, Due d) throws SQLException {
        return Sql.first(c, """
                        select k.title, k.value_cad, coalesce(o.name, '') from declared_contract k
                        left join organization o on o.id = k.recorded_by where k.contract_id = ?""",
                rs -> new DeclaredContract(rs.getString(1), rs.getBigDecimal(2), rs.getString(3)), d.contractId())
                .map(k -> renderer.renderDeclared(d.language(), k, "BUYER".equals(d.role()), unsubscribeUrl(d)))
                .orElse(null);
    }

    /** Null when nothing waits in the coordinator's pilots this week: no message rather than an empty one. */
    private Email weekly(Connection c, Due d) throws SQLException {
        UUID[] pilots = Sql.first(c, "select pilots from recipient where account_id = ?",
                rs -> (UUID[]) rs.getArray(1).getArray(), d.accountId()).orElse(new UUID[0]);
        WeeklySummary w = new WeeklySummary(
                Sql.list(c, "select name from organization where status = 'PENDING' and pilots && ? order by name",
                        rs -> rs.getString(1), (Object) pilots),
                Sql.list(c, """
                                select k.title, k.value_cad, coalesce(r.name, '') from declared_contract k
                                left join organization b on b.id = k.buyer_id
                                left join organization r on r.id = k.recorded_by
                                where not k.confirmed and (b.pilots && ? or r.pilots && ?) order by k.declared_at""",
                        rs -> new WeeklySummary.Declared(rs.getString(1), rs.getBigDecimal(2), rs.getString(3)), pilots, pilots),
                Sql.list(c, """
                                select o.title_fr, o.title_en, coalesce(b.name, ''), o.deadline from opportunity o
                                join organization b on b.id = o.buyer_id
                                where o.status = 'PUBLISHED' and o.deadline > now() and o.deadline <= now() + interval '7 days'
                                  and b.pilots && ? order by o.deadline""",
                        rs -> new WeeklySummary.Closing(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()),
                        (Object) pilots));
        return w.isEmpty() ? null : renderer.renderWeekly(d.language(), w, unsubscribeUrl(d));
    }

    private String unsubscribeUrl(Due d) {
        return settings.getBaseUrl() + "/api/notifications/unsubscribe?token=" + tokens.issue(d.accountId(), d.kind(), LocalDate.now(Texts.MONTREAL));
    }

    /** Held until the batch commits, so two senders never both count the same person's alerts as under the limit. */
    private static boolean lockAccount(Connection c, UUID account) throws SQLException {
        return Sql.first(c, "select pg_try_advisory_xact_lock(hashtextextended(?, 0))", rs -> rs.getBoolean(1), account.toString())
                .orElse(false);
    }

    private static int alertsSentToday(Connection c, UUID account) throws SQLException {
        Instant startOfDay = LocalDate.now(Texts.MONTREAL).atStartOfDay(Texts.MONTREAL).toInstant();
        return Sql.first(c, "select count(*) from email_intent where account_id = ? and kind = 'MATCHED' and status = 'SENT' and sent_at >= ?",
                rs -> rs.getInt(1), account, startOfDay).orElse(0);
    }

    private static List<OpportunityItem> items(Connection c, Due d) throws SQLException {
        String select = "select o.id, o.title_fr, o.title_en, o.deadline, o.status, o.cancel_reason from opportunity o ";
        if (d.kind() == Kind.DIGEST) {
            return Sql.list(c, select + "join email_intent i on i.opportunity_id = o.id where i.digest_id = ? order by o.deadline",
                    Sender::item, d.id());
        }
        return Sql.list(c, select + "where o.id = ?", Sender::item, d.opportunityId());
    }

    private static OpportunityItem item(java.sql.ResultSet rs) throws SQLException {
        return new OpportunityItem(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
                rs.getString(5), rs.getString(6));
    }

    /** The same intent always gets the same Message-ID, whatever instance sends it and however often. */
    static String messageId(Due d) {
        return SmtpMailer.messageId(d.eventId() + "|" + d.accountId() + "|" + d.kind());
    }
}
