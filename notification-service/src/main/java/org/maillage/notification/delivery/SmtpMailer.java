package org.maillage.notification.delivery;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.maillage.notification.MailSettings;
import org.maillage.notification.message.Email;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/**
 * Hands messages to the SMTP server over one connection kept open between messages (one per sending thread).
 * Tells a permanent refusal (5xx, an address that is not one) from a server that cannot be reached or asks to try later.
 */
public class SmtpMailer implements AutoCloseable {

    /**
     * A Message-ID derived from the message's key (what it is about: the event, the recipient, the kind): the same message
     * gets the same id whatever instance sends it and however often, so a resend after a crash is recognizable as one.
     */
    public static String messageId(String key) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "<" + java.util.HexFormat.of().formatHex(hash, 0, 16) + "@notification.maillage>";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The server refused this message for good: retrying would not help. */
    public static class PermanentFailure extends Exception {
        PermanentFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final MailSettings settings;
    private final Session session;
    private Transport transport;

    public SmtpMailer(MailSettings settings) {
        this.settings = settings;
        Properties p = new Properties();
        p.put("mail.smtp.host", settings.getSmtp().getHost());
        p.put("mail.smtp.port", String.valueOf(settings.getSmtp().getPort()));
        p.put("mail.smtp.connectiontimeout", "5000");
        p.put("mail.smtp.timeout", "10000");
        p.put("mail.smtp.writetimeout", "10000");
        p.put("mail.smtp.starttls.enable", String.valueOf(settings.getSmtp().isStarttls()));
        p.put("mail.smtp.starttls.required", String.valueOf(settings.getSmtp().isStarttls()));
        p.put("mail.smtp.auth", String.valueOf(!settings.getSmtp().getUsername().isEmpty()));
        this.session = Session.getInstance(p);
    }

    /** @param messageId derived from the message's key, so a message sent again after a crash is recognisably the same one */
    public synchronized void send(String to, Email email, String messageId) throws MessagingException, PermanentFailure {
        MimeMessage message;
        try {
            message = build(to, email, messageId);
        } catch (AddressException e) {
            throw new PermanentFailure("not an email address: " + e.getMessage(), e);
        }
        try {
            if (transport == null || !transport.isConnected()) {
                transport = session.getTransport("smtp");
                transport.connect(settings.getSmtp().getHost(), settings.getSmtp().getPort(),
                        blankToNull(settings.getSmtp().getUsername()), blankToNull(settings.getSmtp().getPassword()));
            }
            transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException e) {
            if (permanent(e)) {
                throw new PermanentFailure(e.getMessage(), e);
            }
            close();
            throw e;
        }
    }

    private MimeMessage build(String to, Email email, String messageId) throws MessagingException {
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(new InternetAddress(settings.getFrom(), true));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
        message.setSubject(email.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        message.setHeader("Content-Language", email.language());
        // RFC 8058: a mail client may unsubscribe with one POST to this address, no sign-in, no page;
        // a message about the person's own account (a password link, a lockout) has none to offer
        if (email.unsubscribeUrl() != null) {
            message.setHeader("List-Unsubscribe", "<" + email.unsubscribeUrl() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        message.setHeader("Auto-Submitted", "auto-generated");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(email.text(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(email.html(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternative = new MimeMultipart("alternative", text, html);
        message.setContent(alternative);
        message.saveChanges();
        return message;
    }

    /** 5xx on the recipient or the message; every other failure (no connection, 4xx) is worth retrying. */
    static boolean permanent(MessagingException e) {
        for (Exception x = e; x != null; x = x instanceof MessagingException m ? m.getNextException() : null) {
            if (x instanceof SMTPAddressFailedException a && a.getReturnCode() >= 500) {
                return true;
            }
            if (x instanceof SMTPSendFailedException s && s.getReturnCode() >= 500) {
                return true;
            }
        }
        return false;
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    @Override
    public synchronized void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // the connection is already gone: nothing left to release
            }
            transport = null;
        }
    }
}
