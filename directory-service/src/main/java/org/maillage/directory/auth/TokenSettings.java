package org.maillage.directory.auth;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/** Lifetimes and sign-in limits; the defaults follow common practice for a public web application. */
@ConfigurationProperties("maillage.auth")
public class TokenSettings {

    private String issuer = "maillage";
    private String audience = "maillage-api";
    private Duration accessTokenLifetime = Duration.ofMinutes(10);
    private Duration refreshTokenLifetime = Duration.ofDays(14);
    private Duration passwordResetLifetime = Duration.ofHours(24);
    private Duration invitationLifetime = Duration.ofDays(7);
    private Duration emailedResetLifetime = Duration.ofHours(1);
    private int emailedResetsPerHour = 3;
    private int failuresBeforeSlowdown = 3;
    private int failuresBeforeLock = 5;
    /** Failures from one client address over every email before its attempts slow down. */
    private int addressFailuresBeforeSlowdown = 10;
    private Duration lockDuration = Duration.ofMinutes(15);
    private Duration signingKeyRotation = Duration.ofDays(30);
    private Duration signingKeyPublishAhead = Duration.ofMinutes(15);
    private Duration signingKeyCheck = Duration.ofMinutes(5);

    public String getIssuer() { return issuer; }
    public void setIssuer(String issuer) { this.issuer = issuer; }
    public String getAudience() { return audience; }
    public void setAudience(String audience) { this.audience = audience; }
    public Duration getAccessTokenLifetime() { return accessTokenLifetime; }
    public void setAccessTokenLifetime(Duration d) { this.accessTokenLifetime = d; }
    public Duration getRefreshTokenLifetime() { return refreshTokenLifetime; }
    public void setRefreshTokenLifetime(Duration d) { this.refreshTokenLifetime = d; }
    public Duration getPasswordResetLifetime() { return passwordResetLifetime; }
    public void setPasswordResetLifetime(Duration d) { this.passwordResetLifetime = d; }
    public Duration getInvitationLifetime() { return invitationLifetime; }
    public void setInvitationLifetime(Duration d) { this.invitationLifetime = d; }
    public Duration getEmailedResetLifetime() { return emailedResetLifetime; }
    public void setEmailedResetLifetime(Duration d) { this.emailedResetLifetime = d; }
    public int getEmailedResetsPerHour() { return emailedResetsPerHour; }
    public void setEmailedResetsPerHour(int n) { this.emailedResetsPerHour = n; }
    public int getFailuresBeforeSlowdown() { return failuresBeforeSlowdown; }
    public void setFailuresBeforeSlowdown(int n) { this.failuresBeforeSlowdown = n; }
    public int getFailuresBeforeLock() { return failuresBeforeLock; }
    public int getAddressFailuresBeforeSlowdown() { return addressFailuresBeforeSlowdown; }
    public void setAddressFailuresBeforeSlowdown(int n) { this.addressFailuresBeforeSlowdown = n; }
    public void setFailuresBeforeLock(int n) { this.failuresBeforeLock = n; }
    public Duration getLockDuration() { return lockDuration; }
    public void setLockDuration(Duration d) { this.lockDuration = d; }
    public Duration getSigningKeyRotation() { return signingKeyRotation; }
    public void setSigningKeyRotation(Duration d) { this.signingKeyRotation = d; }
    public Duration getSigningKeyPublishAhead() { return signingKeyPublishAhead; }
    public void setSigningKeyPublishAhead(Duration d) { this.signingKeyPublishAhead = d; }
    public Duration getSigningKeyCheck() { return signingKeyCheck; }
    public void setSigningKeyCheck(Duration d) { this.signingKeyCheck = d; }
}
