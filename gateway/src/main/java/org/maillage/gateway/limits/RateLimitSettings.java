package org.maillage.gateway.limits;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * Requests per minute per client address and per signed-in user, and a tighter limit on sign-in
 * attempts per address. A client over a limit gets 429 with Retry-After.
 */
@ConfigurationProperties("maillage.rate-limits")
public class RateLimitSettings {

    private boolean enabled = true;
    private long perAddressPerMinute = 1200;
    private long perUserPerMinute = 600;
    private long loginPerAddressPerMinute = 20;
    private int trackedClients = 100_000;

    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public long getPerAddressPerMinute() { return perAddressPerMinute; }
    public void setPerAddressPerMinute(long n) { this.perAddressPerMinute = n; }
    public long getPerUserPerMinute() { return perUserPerMinute; }
    public void setPerUserPerMinute(long n) { this.perUserPerMinute = n; }
    public long getLoginPerAddressPerMinute() { return loginPerAddressPerMinute; }
    public void setLoginPerAddressPerMinute(long n) { this.loginPerAddressPerMinute = n; }
    public int getTrackedClients() { return trackedClients; }
    public void setTrackedClients(int n) { this.trackedClients = n; }
}
