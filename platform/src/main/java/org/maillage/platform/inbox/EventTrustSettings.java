package org.maillage.platform.inbox;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which service may publish on each topic a service reads ({@code maillage.events.owners.<service>: [topics]}),
 * and how far ahead of this clock an event's time may be. A topic with no owner here is read from no one.
 */
@ConfigurationProperties("maillage.events")
public class EventTrustSettings {

    private Map<String, List<String>> owners = new LinkedHashMap<>();
    private Duration maxClockSkew = Duration.ofMinutes(5);

    public Map<String, List<String>> getOwners() {
        return owners;
    }

    public void setOwners(Map<String, List<String>> owners) {
        this.owners = owners;
    }

    public Duration getMaxClockSkew() {
        return maxClockSkew;
    }

    public void setMaxClockSkew(Duration maxClockSkew) {
        this.maxClockSkew = maxClockSkew;
    }
}
