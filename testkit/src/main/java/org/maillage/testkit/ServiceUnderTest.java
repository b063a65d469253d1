package org.maillage.testkit;

import org.maillage.testkit.TestInfrastructure.Database;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one service needs to run in a test: its own new database on the shared server, and its own
 * topic prefix on the shared broker (topics created up front, so consumers never wait for them).
 */
public record ServiceUnderTest(Database database, String topicPrefix, String kafkaBootstrapServers) {

    private static final Map<String, ServiceUnderTest> SHARED = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The one database and topic prefix of a module's test classes that share a context ({@link SharedContext}): made at
     * the first class that asks, the same for every later one of the JVM.
     */
    public static ServiceUnderTest shared(String name, List<String> topics) {
        return SHARED.computeIfAbsent(name, n -> create(n, topics));
    }

    public static ServiceUnderTest create(String name, List<String> topics) {
        TestInfrastructure infra = TestInfrastructure.get();
        String prefix = TestInfrastructure.newTopicPrefix();
        infra.createTopics(prefix, topics);
        return new ServiceUnderTest(infra.newDatabase(name), prefix, infra.kafkaBootstrapServers());
    }

    /** Micronaut properties, for a TestPropertyProvider. */
    public Map<String, String> properties() {
        Map<String, String> p = new HashMap<>();
        p.put("datasources.default.url", database.url());
        p.put("datasources.default.username", database.username());
        p.put("datasources.default.password", database.password());
        p.put("kafka.bootstrap.servers", kafkaBootstrapServers);
        p.put("maillage.kafka.topic-prefix", topicPrefix);
        return p;
    }

    /** The same, as the environment variables a service's fat jar reads. */
    public Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        properties().forEach((k, v) -> env.put(k.toUpperCase().replace('.', '_').replace('-', '_'), v));
        return env;
    }
}
