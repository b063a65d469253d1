package org.maillage.notification;

import io.micronaut.context.annotation.ConfigurationProperties;

import org.maillage.notification.message.Texts;

import java.time.Duration;
import java.util.Map;

/** Where and how mail is sent, and what every message says about its sender. */
@ConfigurationProperties("maillage.mail")
public class MailSettings {

    private Smtp smtp = new Smtp();
    private String from = "Maillage <avis@maillage.local>";
    private String senderName = "Maillage";
    private String postalAddress = "";
    private String contact = "";
    private String baseUrl = "http://localhost:8080";
    private String unsubscribeSecret = "";
    private int unsubscribeValidDays = 90;
    private int maxAlertsPerDay = 5;
    private int ratePerSecond = 200;
    private int batchSize = 50;
    private int senders = 2;
    private long pollMs = 500;
    private long backoffInitialMs = 500;
    private long backoffMaxMs = 60_000;
    private Duration digestEvery = Duration.ofMinutes(1);

    @ConfigurationProperties("smtp")
    public static class Smtp {
        private String host = "127.0.0.1";
        private int port = 3025;
        private String username = "";
        private String password = "";
        private boolean starttls;

        public String getHost() { return host; }
        public void setHost(String host) { this.host = host; }
        public int getPort() { return port; }
        public void setPort(int port) { this.port = port; }
        public String getUsername() { return username; }
        public void setUsername(String username) { this.username = username == null ? "" : username; }
        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password == null ? "" : password; }
        public boolean isStarttls() { return starttls; }
        public void setStarttls(boolean starttls) { this.starttls = starttls; }
    }

    public Smtp getSmtp() { return smtp; }
    public void setSmtp(Smtp smtp) { this.smtp = smtp; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getSenderName() { return senderName; }
    public void setSenderName(String senderName) { this.senderName = senderName; }
    public String getPostalAddress() { return postalAddress; }
    public void setPostalAddress(String postalAddress) { this.postalAddress = postalAddress; }
    public String getContact() { return contact; }
    public void setContact(String contact) { this.contact = contact; }
    public String getBaseUrl() { return baseUrl; }
    public void setBaseUrl(String baseUrl) { this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl; }
    public String getUnsubscribeSecret() { return unsubscribeSecret; }
    public void setUnsubscribeSecret(String unsubscribeSecret) { this.unsubscribeSecret = unsubscribeSecret; }
    public int getUnsubscribeValidDays() { return unsubscribeValidDays; }
    public void setUnsubscribeValidDays(int days) { this.unsubscribeValidDays = Math.max(60, days); }
    public int getMaxAlertsPerDay() { return maxAlertsPerDay; }
    public void setMaxAlertsPerDay(int maxAlertsPerDay) { this.maxAlertsPerDay = maxAlertsPerDay; }
    public int getRatePerSecond() { return ratePerSecond; }
    public void setRatePerSecond(int ratePerSecond) { this.ratePerSecond = ratePerSecond; }
    public int getBatchSize() { return batchSize; }
    public void setBatchSize(int batchSize) { this.batchSize = batchSize; }
    public int getSenders() { return senders; }
    public void setSenders(int senders) { this.senders = senders; }
    public long getPollMs() { return pollMs; }
    public void setPollMs(long pollMs) { this.pollMs = pollMs; }
    public long getBackoffInitialMs() { return backoffInitialMs; }
    public void setBackoffInitialMs(long backoffInitialMs) { this.backoffInitialMs = backoffInitialMs; }
    public long getBackoffMaxMs() { return backoffMaxMs; }
    public void setBackoffMaxMs(long backoffMaxMs) { this.backoffMaxMs = backoffMaxMs; }
    public Duration getDigestEvery() { return digestEvery; }

    /** Who sent the message, in the reader's language: the sender's name, postal address and contact (CASL). */
    public String senderLine(Texts t) {
        return t.get("sender", Map.of("name", senderName, "address", postalAddress, "contact", contact));
    }

    /** How long a message waits after its n-th failed try: doubling from the initial wait, never more than the maximum. */
    public Duration backoff(int attempts) {
        return Duration.ofMillis(Math.min(backoffMaxMs, backoffInitialMs << Math.min(attempts, 20)));
    }
    public void setDigestEvery(Duration digestEvery) { this.digestEvery = digestEvery; }
}
