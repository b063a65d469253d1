package org.maillage.directory;

import io.micronaut.test.support.TestPropertyProvider;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.maillage.directory.api.DirectoryTopics;
import org.maillage.testkit.ServiceUnderTest;
import org.maillage.testkit.SharedContext;
import org.maillage.testkit.TestEvents;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.awaitility.Awaitility.await;

/**
 * directory-service on the real PostgreSQL and Kafka, one context for every test class of the module that extends this:
 * each makes its own pilots, enterprises (NEQ from {@link #newNeq}) and accounts, and reads back only its own events
 * ({@link #events}). The bootstrap coordinator ({@link SignedIn}) is the same for all. A class that needs other settings
 * (limits, key rotation) keeps {@code @MicronautTest} and says why.
 *
 * <p>What the classes share on purpose: anonymous applications and failed sign-ins are counted per client address over
 * the whole JVM, so a class that sends many of either sends them from addresses of its own (X-Forwarded-For).
 */
@SharedContext
public abstract class DirectoryServiceIT implements TestPropertyProvider {

    protected static final ServiceUnderTest SERVICE = ServiceUnderTest.shared("directory", List.of(DirectoryTopics.ORGANIZATIONS,
            DirectoryTopics.ACCOUNTS, DirectoryTopics.PEOPLE, DirectoryTopics.APPLICATIONS));

    /** Above every NEQ a test of this module writes as a literal (115…, 116…, 117…, 119…). */
    private static final AtomicLong NEQ = new AtomicLong(1_200_000_000L);
    /** 198.18.0.0/15, set aside for tests: no test of this module writes one of these as a literal. */
    private static final AtomicInteger ADDRESS = new AtomicInteger();

    protected final ServiceUnderTest service = SERVICE;

    @Override
    public final Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(SERVICE.properties());
        p.putAll(SignedIn.bootstrapProperties());
        // the real hasher, counting its work (AuthIT reads the counts); changes nothing else
        p.put(CountingHasher.ENABLED, "true");
        return p;
    }

    /** A Québec enterprise number no other test of the JVM uses (the shared database refuses a NEQ twice). */
    protected static String newNeq() {
        return String.valueOf(NEQ.incrementAndGet());
    }

    /**
     * A client address no other test of the JVM uses, for a test that sends failed sign-ins: the service slows down an
     * address after ten failures over any emails, and a lock holds for the address that set it.
     */
    protected static String newClientAddress() {
        int n = ADDRESS.incrementAndGet();
        return "198.18." + (n / 250) + "." + (1 + n % 250);
    }

    /**
     * The events of one aggregate on a topic, once there are at least that many: the topic holds every class's events, so
     * reading it returns at once and a test's own may still be on their way from the outbox.
     */
    protected List<ConsumerRecord<String, byte[]>> events(String topic, String key, int atLeast) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> TestEvents.readAll(service.kafkaBootstrapServers(),
                service.topicPrefix() + topic, 1).stream().filter(r -> key.equals(r.key())).toList(), e -> e.size() >= atLeast);
    }
}
