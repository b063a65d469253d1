package org.maillage.reporting.rebuild;

import io.micronaut.context.annotation.Property;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.maillage.contracts.api.ContractsTopics;
import org.maillage.directory.api.DirectoryTopics;
import org.maillage.platform.inbox.EventHandler;
import org.maillage.platform.inbox.Inbox;
import org.maillage.platform.kafka.KafkaClientSecurity;
import org.maillage.platform.kafka.KafkaSettings;
import org.maillage.platform.problem.ProblemException;
import org.maillage.reporting.contact.ContactProjection;
import org.maillage.reporting.contract.ContractProjection;
import org.maillage.reporting.opportunity.OpportunityProjection;
import org.maillage.reporting.organization.OrganizationProjection;
import org.maillage.reporting.projection.BulkMode;
import org.maillage.reporting.projection.Consumers;
import org.maillage.reporting.projection.ProjectionLock;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Rebuilds every read model from the topics, which keep every event (unlimited retention). One transaction
 * under the projection lock: the tables are emptied, each topic is read from its start up to where it ended
 * when the rebuild began, each event goes through the same projection as live (in bulk mode: raw rows only),
 * and everything derived is then computed in one pass. Live listeners wait on
 * the lock meanwhile, then skip (by the inbox) what the replay already applied.
 * <p>
 * Readers keep the old numbers until the new ones commit: the tables are emptied with DELETE, not TRUNCATE,
 * whose exclusive lock made every dashboard read wait for the whole replay; under MVCC a reader keeps seeing
 * the last committed rows, and the new rows replace them in one commit. One rebuild runs at a time (in this
 * instance by a flag, across instances by an advisory lock); another asked meanwhile gets 409 at once rather
 * than holding a connection while it waits. Its own statements are in {@link RebuildStatements}.
 */
@Singleton
public class Replay {

    /** Organizations first: most contracts then find their pilots on arrival instead of being counted again later. */
    private static final List<String> ORDER = List.of(DirectoryTopics.ORGANIZATIONS, ContractsTopics.OPPORTUNITIES,
            ContractsTopics.CONTRACTS, ContractsTopics.CONTACTS);

    @io.micronaut.serde.annotation.Serdeable
    public record Result(@io.swagger.v3.oas.annotations.media.Schema(minimum = "0", maximum = "1000000000000") long events,
                         @io.swagger.v3.oas.annotations.media.Schema(minimum = "0", maximum = "100000000") long millis) {
    }

    private final AtomicBoolean running = new AtomicBoolean();
    private final RebuildStatements statements;
    private final ProjectionLock lock;
    private final Inbox inbox;
    private final BulkMode bulk;
    private final KafkaSettings kafka;
    private final String bootstrapServers;
    private final KafkaClientSecurity security;
    private final Map<String, String> consumers;
    private final Map<String, EventHandler> handlers;

    public Replay(RebuildStatements statements, ProjectionLock lock, Inbox inbox, BulkMode bulk, KafkaSettings kafka,
                  @Property(name = "kafka.bootstrap.servers") String bootstrapServers, KafkaClientSecurity security,
                  OrganizationProjection organizations,
                  OpportunityProjection opportunities, ContractProjection contracts, ContactProjection contacts) {
        this.statements = statements;
        this.lock = lock;
        this.inbox = inbox;
        this.bulk = bulk;
        this.kafka = kafka;
        this.bootstrapServers = bootstrapServers;
        this.security = security;
        this.consumers = Map.of(DirectoryTopics.ORGANIZATIONS, Consumers.ORGANIZATIONS, ContractsTopics.OPPORTUNITIES,
                Consumers.OPPORTUNITIES, ContractsTopics.CONTRACTS, Consumers.CONTRACTS, ContractsTopics.CONTACTS, Consumers.CONTACTS);
        this.handlers = Map.of(DirectoryTopics.ORGANIZATIONS, organizations::apply, ContractsTopics.OPPORTUNITIES, opportunities::apply,
                ContractsTopics.CONTRACTS, contracts::apply, ContractsTopics.CONTACTS, contacts::apply);
    }

    public Result rebuild() {
        if (!running.compareAndSet(false, true)) {
            throw alreadyRunning();
        }
        try {
            return replayAll();
        } finally {
            running.set(false);
        }
    }

    /** One transaction: readers keep the old numbers until the new ones commit. */
    @Transactional
    Result replayAll() {
        long start = System.nanoTime();
        if (!statements.tryLock()) {
            throw alreadyRunning();
        }
        lock.hold();
        statements.emptyReadModels();
        statements.forgetProcessed(consumers.values().toArray(String[]::new));
        long events;
        try {
            events = bulk.during(() -> {
                long n = 0;
                try (KafkaConsumer<String, byte[]> consumer = consumer()) {
                    for (String topic : ORDER) {
                        n += replay(consumer, topic);
                    }
                }
                statements.deriveAll();
                return n;
            });
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            // unchecked, so the transaction rolls back and the old numbers stay
            throw new IllegalStateException("the rebuild stopped: " + e.getMessage(), e);
        }
        return new Result(events, (System.nanoTime() - start) / 1_000_000);
    }

    private static ProblemException alreadyRunning() {
        return ProblemException.conflict("rebuild", "a rebuild is already running; the numbers will be new when it ends", Map.of());
    }

    private long replay(KafkaConsumer<String, byte[]> consumer, String topic) throws Exception {
        List<TopicPartition> partitions = new ArrayList<>();
        for (PartitionInfo p : consumer.partitionsFor(kafka.physical(topic), Duration.ofSeconds(10))) {
            partitions.add(new TopicPartition(p.topic(), p.partition()));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(10));
        long n = 0;
        while (partitions.stream().anyMatch(tp -> consumer.position(tp, Duration.ofSeconds(10)) < end.get(tp))) {
            for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition()))) {
                    inbox.applyInCurrentTransaction(consumers.get(topic), r, handlers.get(topic));
                    n++;
                }
            }
        }
        return n;
    }

    /** Its own consumer (no group: it reads each topic from the start to its end), signed in like the service's listeners. */
    private KafkaConsumer<String, byte[]> consumer() {
        Map<String, Object> config = security.addTo(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false", ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000"));
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }
}
