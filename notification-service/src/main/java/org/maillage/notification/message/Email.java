package org.maillage.notification.message;

/** A rendered message: its subject, its plain-text part, its HTML part, and its one-click unsubscribe address. */
public record Email(String language, String subject, String text, String html, String unsubscribeUrl) {
}
