package org.maillage.platform.kafka;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PostConstruct;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Creates the service's topics, and a {@code .dlt} beside each, before its listeners subscribe.
 * Retention is unlimited so that any read model can be rebuilt by replaying a topic from the start.
 * A {@code @Context} bean, so it runs during start-up, before the Kafka listeners are wired.
 */
@Context
@Requires(property = "kafka.bootstrap.servers")
public class TopicProvisioner {

    private static final Logger LOG = LoggerFactory.getLogger(TopicProvisioner.class);

    private final KafkaSettings settings;
    private final String bootstrapServers;
    private final KafkaClientSecurity security;

    public TopicProvisioner(KafkaSettings settings, @Property(name = "kafka.bootstrap.servers") String bootstrapServers,
                            KafkaClientSecurity security) {
        this.settings = settings;
        this.bootstrapServers = bootstrapServers;
        this.security = security;
    }

    @PostConstruct
    void provision() {
        List<NewTopic> wanted = new ArrayList<>();
        for (String logical : settings.getTopics()) {
            wanted.add(topic(settings.physical(logical)));
            wanted.add(topic(settings.physical(DeadLetterTopics.of(logical))));
        }
        if (wanted.isEmpty()) {
            return;
        }
        try (Admin admin = Admin.create(security.addTo(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000)))) {
            for (NewTopic t : wanted) {
                try {
                    admin.createTopics(List.of(t)).all().get(30, TimeUnit.SECONDS);
                    LOG.info("created topic {} ({} partitions, unlimited retention)", t.name(), t.numPartitions());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        LOG.warn("could not create topic {}: {}", t.name(), e.getCause().toString());
                    }
                }
            }
        } catch (Exception e) {
            // The broker may be down at start-up; the service still starts, and its relay and
            // listeners retry. Topics are then created by whoever provisions the broker.
            LOG.warn("topic provisioning skipped: {}", e.toString());
        }
    }

    private NewTopic topic(String name) {
        return new NewTopic(name, settings.getPartitions(), settings.getReplicationFactor())
                .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1", TopicConfig.RETENTION_BYTES_CONFIG, "-1"));
    }
}
