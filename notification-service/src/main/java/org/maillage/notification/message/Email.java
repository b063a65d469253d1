package org.maillage.notification.message;

/**
 * A rendered message: its subject, its plain-text part, its HTML part, and its one-click unsubscribe address (null for a
 * one-off answer that subscribes to nothing, such as a refused application's).
 */
public record Email(String language, String subject, String text, String html, String unsubscribeUrl) {
}
