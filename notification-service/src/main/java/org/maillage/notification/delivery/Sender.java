package org.maillage.notification.delivery;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.mail.MessagingException;
import org.maillage.notification.MailSettings;
import org.maillage.notification.contract.DeclaredContractRepository;
import org.maillage.notification.directory.RecipientRepository;
import org.maillage.notification.directory.RecipientRow;
import org.maillage.notification.message.Answer;
import org.maillage.notification.message.Email;
import org.maillage.notification.message.MessageRenderer;
import org.maillage.notification.message.OpportunityItem;
import org.maillage.notification.message.Texts;
import org.maillage.notification.message.WeeklySummary;
import org.maillage.notification.opportunity.AnsweredQuestionRepository;
import org.maillage.notification.opportunity.OpportunityRepository;
import org.maillage.notification.opportunity.OpportunityRow;
import org.maillage.notification.weekly.WeeklyFacts;
import org.maillage.notification.unsubscribe.UnsubscribeTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

    /** What one batch settled, and the error that stopped it early if the SMTP server could not be reached. */
    record Batch(int settled, Unreachable stopped) {
    }

    /** The SMTP server could not be reached or asked to try later: the batch stops there. */
    private static final class Unreachable extends RuntimeException {
        Unreachable(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }

    private final EmailIntentRepository intents;
    private final BouncedAddressRepository bounced;
    private final OpportunityRepository opportunities;
    private final AnsweredQuestionRepository answers;
    private final DeclaredContractRepository declared;
    private final RecipientRepository recipients;
    private final WeeklyFacts weekly;
    private final MessageRenderer renderer;
    private final UnsubscribeTokens tokens;
    private final MailSettings settings;
    private final Bucket rate;
    private final List<Thread> threads = new ArrayList<>();
    private final List<SmtpMailer> mailers = new ArrayList<>();
    private volatile boolean running;

    public Sender(EmailIntentRepository intents, BouncedAddressRepository bounced, OpportunityRepository opportunities,
                  AnsweredQuestionRepository answers, DeclaredContractRepository declared, RecipientRepository recipients,
                  WeeklyFacts weekly, MessageRenderer renderer, UnsubscribeTokens tokens, MailSettings settings) {
        this.intents = intents;
        this.bounced = bounced;
        this.opportunities = opportunities;
        this.answers = answers;
        this.declared = declared;
        this.recipients = recipients;
        this.weekly = weekly;
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
        Batch batch = claimAndSend(mailer);
        if (batch.stopped() != null) {
            throw batch.stopped();
        }
        return batch.settled();
    }

    /** One transaction: the intents it claims stay locked until each one's outcome is recorded. */
    @Transactional
    Batch claimAndSend(SmtpMailer mailer) {
        int n = 0;
        for (DueIntent d : intents.claim(settings.getBatchSize())) {
            try {
                if (settle(d, mailer)) {
                    n++;
                }
            } catch (Unreachable e) {
                intents.attemptFailed(d.id(), e.getMessage());
                return new Batch(n, e);
            }
        }
        return new Batch(n, null);
    }

    /** Answers false when the intent was left for a later batch. */
    private boolean settle(DueIntent d, SmtpMailer mailer) {
        Kind kind = Kind.valueOf(d.kind());
        if (d.email() == null) {
            // the account was closed, or is not known here: no one to write to
            intents.update(d.id(), "SUPPRESSED", "no recipient");
            return true;
        }
        if (kind == Kind.MATCHED) {
            if (!intents.tryLock(d.accountId().toString())) {
                // another sender is writing to this person: its sends must be counted first, so this waits for the next batch
                return false;
            }
            if (bounced.existsById(d.email())) {
                intents.update(d.id(), "SUPPRESSED", "address bounced");
                return true;
            }
            if (alertsSentToday(d.accountId()) >= settings.getMaxAlertsPerDay()) {
                // over the day's limit: it waits for the next digest instead
                intents.update(d.id(), "DIGEST");
                return true;
            }
        }
        Email email = switch (kind) {
            case DECLARED -> declared(d);
            case WEEKLY -> weekly(d);
            default -> aboutOpportunities(d, kind);
        };
        if (email == null) {
            intents.update(d.id(), "SUPPRESSED", "nothing to say");
            return true;
        }
        rate.asBlocking().consumeUninterruptibly(1);
        try {
            mailer.send(d.email(), email, messageId(d.eventId(), d.accountId(), kind));
            intents.sent(d.id(), d.email(), email.language());
        } catch (SmtpMailer.PermanentFailure e) {
            LOG.warn("message {} to account {} refused for good: {}", d.id(), d.accountId(), e.getMessage());
            intents.refused(d.id(), d.email(), e.getMessage());
            bounced.remember(d.email(), e.getMessage());
        } catch (MessagingException e) {
            throw new Unreachable(e);
        }
        return true;
    }

    private Email aboutOpportunities(DueIntent d, Kind kind) {
        Answer answer = d.questionId() == null ? null
                : answers.findById(d.questionId()).map(a -> new Answer(a.question(), a.answer())).orElse(null);
        return renderer.render(kind, d.language(), items(d, kind), answer, unsubscribeUrl(d, kind));
    }

    /** Null when the contract is not known here (its event was not applied): nothing is sent rather than a blank message. */
    private Email declared(DueIntent d) {
        return declared.toConfirm(d.contractId())
                .map(k -> renderer.renderDeclared(d.language(), k, "BUYER".equals(d.role()), unsubscribeUrl(d, Kind.DECLARED)))
                .orElse(null);
    }

    /** Null when nothing waits in the coordinator's pilots this week: no message rather than an empty one. */
    private Email weekly(DueIntent d) {
        String[] pilots = recipients.findById(d.accountId()).map(RecipientRow::pilots).orElse(new String[0]);
        WeeklySummary w = new WeeklySummary(weekly.applications(pilots), weekly.unconfirmed(pilots), weekly.closing(pilots));
        return w.isEmpty() ? null : renderer.renderWeekly(d.language(), w, unsubscribeUrl(d, Kind.WEEKLY));
    }

    private String unsubscribeUrl(DueIntent d, Kind kind) {
        return settings.getBaseUrl() + "/api/notifications/unsubscribe?token=" + tokens.issue(d.accountId(), kind, LocalDate.now(Texts.MONTREAL));
    }

    private long alertsSentToday(UUID account) {
        Instant startOfDay = LocalDate.now(Texts.MONTREAL).atStartOfDay(Texts.MONTREAL).toInstant();
        return intents.countByAccountIdAndKindAndStatusAndSentAtGreaterThanEquals(account, Kind.MATCHED.name(), "SENT", startOfDay);
    }

    private List<OpportunityItem> items(DueIntent d, Kind kind) {
        List<OpportunityRow> rows = kind == Kind.DIGEST ? opportunities.inDigest(d.id())
                : opportunities.findById(d.opportunityId()).map(List::of).orElse(List.of());
        return rows.stream().map(o -> new OpportunityItem(o.id(), o.titleFr(), o.titleEn(), o.deadline(), o.status(), o.cancelReason()))
                .toList();
    }

    /** The same intent always gets the same Message-ID, whatever instance sends it and however often. */
    static String messageId(String eventId, UUID accountId, Kind kind) {
        return SmtpMailer.messageId(eventId + "|" + accountId + "|" + kind);
    }
}
