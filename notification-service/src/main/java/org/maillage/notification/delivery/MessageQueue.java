package org.maillage.notification.delivery;

import jakarta.mail.MessagingException;
import org.slf4j.Logger;

import java.time.Duration;
import java.time.Instant;

/**
 * A table of messages waiting to be sent, as a sender settles them: sent, closed for good, or tried again later. The
 * invitation and partner queues' repositories implement it with their own statements; {@link #sendOne} is what their
 * senders do with each message they claimed.
 */
public interface MessageQueue {

    void markSent(long id);

    void close(long id, String status, String error);

    void retryAt(long id, Instant next, String error);

    /** Sending one message, with its address, content and Message-ID already decided. */
    @FunctionalInterface
    interface Sending {
        void send() throws MessagingException, SmtpMailer.PermanentFailure;
    }

    /**
     * Sends one claimed message and records what came of it: sent; refused for good (recorded, never retried); or the
     * server could not be reached, when the message waits {@code backoff} and this answers false, for the rest of the
     * batch to wait too.
     */
    default boolean sendOne(long id, Duration backoff, Sending sending, Logger log, String what) {
        try {
            sending.send();
            markSent(id);
            return true;
        } catch (SmtpMailer.PermanentFailure e) {
            log.warn("{} message {} refused for good: {}", what, id, e.getMessage());
            close(id, "FAILED", e.getMessage());
            return true;
        } catch (MessagingException e) {
            retryAt(id, Instant.now().plus(backoff), e.getMessage());
            log.warn("sending {} message {} failed, retrying in {} ms: {}", what, id, backoff.toMillis(), e.getMessage());
            return false;
        }
    }
}
