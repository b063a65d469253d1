package org.maillage.platform.inbox;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import org.maillage.platform.kafka.KafkaSettings;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Anyone who can write to a topic could otherwise rewrite a read model: an event counts only if its
 * CloudEvent source is the topic's owner ({@code /maillage/<service>}, as the owner's outbox writes it)
 * and neither its time nor its payload's {@code occurredAt} lies in the future beyond the allowed clock
 * skew (a far-future date would make it "the newest state" forever). Broker ACLs keep strangers off the
 * topics; this keeps a mistake or a leaked credential from becoming the truth.
 */
@Singleton
public class EventTrust {

    private final KafkaSettings kafka;
    private final EventTrustSettings settings;
    private final JsonMapper json;
    private final Clock clock;
    private final Map<String, String> ownerSourceByTopic = new HashMap<>();

    public EventTrust(KafkaSettings kafka, EventTrustSettings settings, JsonMapper json) {
        this(kafka, settings, json, Clock.systemUTC());
    }

    EventTrust(KafkaSettings kafka, EventTrustSettings settings, JsonMapper json, Clock clock) {
        this.kafka = kafka;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
        for (Map.Entry<String, List<String>> owner : settings.getOwners().entrySet()) {
            for (String topic : owner.getValue()) {
                ownerSourceByTopic.put(topic, "/maillage/" + owner.getKey());
            }
        }
    }

    /** @throws UntrustedEventException when the event must not be applied */
    public void check(InboundEvent event) {
        String logical = event.topic().startsWith(kafka.getTopicPrefix())
                ? event.topic().substring(kafka.getTopicPrefix().length()) : event.topic();
        String expected = ownerSourceByTopic.get(logical);
        if (expected == null) {
            throw new UntrustedEventException("no owner is configured for topic " + logical + " (maillage.events.owners)");
        }
        if (!expected.equals(event.source())) {
            throw new UntrustedEventException("event " + event.id() + " on " + logical + " comes from " + event.source()
                    + ", not from its owner " + expected);
        }
        Instant latest = clock.instant().plus(settings.getMaxClockSkew());
        if (event.time() != null && event.time().toInstant().isAfter(latest)) {
            throw new UntrustedEventException("event " + event.id() + " is dated " + event.time() + ", in the future");
        }
        Instant occurredAt = occurredAt(event);
        if (occurredAt != null && occurredAt.isAfter(latest)) {
            throw new UntrustedEventException("event " + event.id() + " says it occurred at " + occurredAt + ", in the future");
        }
    }

    private Instant occurredAt(InboundEvent event) {
        try {
            JsonNode node = json.readValue(event.data(), JsonNode.class);
            JsonNode value = node == null || !node.isObject() ? null : node.get("occurredAt");
            return value == null || !value.isString() ? null : Instant.parse(value.getStringValue());
        } catch (IOException | DateTimeParseException e) {
            // not ours to judge here: the handler decodes the payload and dead-letters what does not match its contract
            return null;
        }
    }
}
