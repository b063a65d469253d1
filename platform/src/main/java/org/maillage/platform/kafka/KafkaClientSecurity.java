package org.maillage.platform.kafka;

import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The broker's authentication settings ({@code kafka.security.protocol}, {@code kafka.sasl.*}, {@code kafka.ssl.*}),
 * which micronaut-kafka gives its own listeners, handed to the clients the platform makes itself (relay, dead letters,
 * topic provisioning) so that they sign in to a SASL/SCRAM broker as the service too.
 */
@Singleton
public class KafkaClientSecurity {

    private static final List<String> SETTINGS = List.of("security.protocol", "sasl.mechanism", "sasl.jaas.config",
            "ssl.truststore.location", "ssl.truststore.password", "ssl.truststore.type");

    private final Map<String, Object> settings = new HashMap<>();

    public KafkaClientSecurity(Environment environment) {
        for (String name : SETTINGS) {
            environment.getProperty("kafka." + name, String.class).filter(v -> !v.isBlank()).ifPresent(v -> settings.put(name, v));
        }
    }

    /** The given client configuration with the security settings added. */
    public Map<String, Object> addTo(Map<String, Object> config) {
        Map<String, Object> out = new HashMap<>(config);
        out.putAll(settings);
        return out;
    }
}
