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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one sender of every kind of message. Pending messages are claimed in batches with {@code for update skip locked},
 * so several threads and several instances never send the same one; a message is marked sent in the transaction that
 * claimed it. Should the process die between the SMTP server's acceptance and that commit, the message is sent again
 * with the same Message-ID (derived from its key), so the copy is recognisable. While the server cannot be reached, the
 * message waits (exponential backoff, per message and per thread) and nothing is lost; a permanent refusal is recorded
 * as FAILED, the address gets no more alerts, and coordinators see it. Alerts also pass the {@link AlertGate}.
 */
@Singleton
@Requires(property = "maillage.mail.sender.enabled", notEquals = "false")
public class Sender {

    private static final Logger LOG = LoggerFactory.getLogger(Sender.class);
    /** A message whose addressee or facts are still unknown here after this many tries is given up. */
    private static final int MAX_WAITS = 10;

    /** What one batch settled, and the error that stopped it early if the SMTP server could not be reached. */
    record Batch(int settled, Unreachable stopped) {
    }

    /** The SMTP server could not be reached or asked to try later: the batch stops there. */
    private static final class Unreachable extends RuntimeException {
        Unreachable(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }

    private final OutgoingMessageRepository messages;
    private final BouncedAddressRepository bounced;
    private final AlertGate alerts;
    private final Renderers renderers;
    private final MailSettings settings;
    private final Bucket rate;
    private final List<Thread> threads = new ArrayList<>();
    private final List<SmtpMailer> mailers = new ArrayList<>();
    private volatile boolean running;

    Sender(OutgoingMessageRepository messages, BouncedAddressRepository bounced, AlertGate alerts, Renderers renderers,
           MailSettings settings) {
        this.messages = messages;
        this.bounced = bounced;
        this.alerts = alerts;
        this.renderers = renderers;
        this.settings = settings;
        this.rate = Bucket.builder().addLimit(Bandwidth.builder().capacity(settings.getRatePerSecond())
                .refillGreedy(settings.getRatePerSecond(), Duration.ofSeconds(1)).build()).build();
    }

    /** Several threads, each with its own SMTP connection; {@code skip locked} keeps them off each other's messages. */
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

    /** Sends one batch of due messages; answers how many it settled. Throws {@link Unreachable} after committing what was sent. */
    int sendBatch(SmtpMailer mailer) {
        Batch batch = claimAndSend(mailer);
        if (batch.stopped() != null) {
            throw batch.stopped();
        }
        return batch.settled();
    }

    /** One transaction: the messages it claims stay locked until each one's outcome is recorded. */
    @Transactional
    Batch claimAndSend(SmtpMailer mailer) {
        List<OutgoingMessage> due = messages.claim(settings.getBatchSize());
        Map<UUID, Addressee> addressees = addressees(due);
        int n = 0;
        for (OutgoingMessage m : due) {
            Addressee to = m.accountId() == null ? Addressee.applicant(m) : addressees.get(m.accountId());
            try {
                if (settle(m, to, mailer)) {
                    n++;
                }
            } catch (Unreachable e) {
                messages.retryAt(m.id(), Instant.now().plus(settings.backoff(m.attempts())), e.getMessage());
                return new Batch(n, e);
            }
        }
        return new Batch(n, null);
    }

    private Map<UUID, Addressee> addressees(List<OutgoingMessage> due) {
        String[] accounts = due.stream().map(OutgoingMessage::accountId).filter(Objects::nonNull).distinct().map(UUID::toString)
                .toArray(String[]::new);
        return accounts.length == 0 ? Map.of()
                : messages.addressees(accounts).stream().collect(Collectors.toMap(Addressee::accountId, Function.identity()));
    }

    /** Answers false when the message was left for a later batch. */
    private boolean settle(OutgoingMessage m, Addressee to, SmtpMailer mailer) {
        if (to == null) {
            // the account is not known here: not opened yet (its event comes on another partition), or closed
            waitFor(m, "no recipient");
            return true;
        }
        if (m.kind() == Kind.MATCHED) {
            switch (alerts.admit(m, to)) {
                case LATER -> {
                    return false;
                }
                case BOUNCED -> {
                    messages.close(m.id(), "SUPPRESSED", "address bounced");
                    return true;
                }
                case OVER_LIMIT -> {
                    messages.toDigest(m.id());
                    return true;
                }
                case NOW -> {
                    // sent below, like any other kind
                }
            }
        }
        Rendering rendering = renderers.render(m, to);
        if (rendering instanceof Rendering.Closed closed) {
            messages.close(m.id(), closed.status(), closed.reason());
        } else if (rendering instanceof Rendering.NotYet notYet) {
            waitFor(m, notYet.reason());
        } else if (rendering instanceof Rendering.Ready ready) {
            send(m, to, ready, mailer);
        }
        return true;
    }

    private void send(OutgoingMessage m, Addressee to, Rendering.Ready ready, SmtpMailer mailer) {
        rate.asBlocking().consumeUninterruptibly(1);
        try {
            mailer.send(to.email(), ready.email(), SmtpMailer.messageId(m.messageKey()));
            messages.sent(m.id(), to.email(), ready.email().language());
        } catch (SmtpMailer.PermanentFailure e) {
            // no address in the log: the message's id says which it was
            LOG.warn("{} message {} refused for good: {}", m.kind(), m.id(), e.getMessage());
            messages.refused(m.id(), to.email(), e.getMessage());
            bounced.remember(to.email(), e.getMessage());
        } catch (MessagingException e) {
            throw new Unreachable(e);
        }
    }

    private void waitFor(OutgoingMessage m, String why) {
        if (m.attempts() + 1 >= MAX_WAITS) {
            messages.close(m.id(), "SUPPRESSED", why);
        } else {
            messages.retryAt(m.id(), Instant.now().plus(settings.backoff(m.attempts())), why);
        }
    }
}
