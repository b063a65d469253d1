package org.maillage.notification.contract;

import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.maillage.contracts.api.ContractsTopics;
import org.maillage.notification.Consumers;
import org.maillage.platform.inbox.Inbox;

import java.util.List;

/** Thin: the inbox applies each contract event once (with the messages it queues) and dead-letters what cannot be applied. */
@KafkaListener(groupId = "${maillage.kafka.topic-prefix:}notification-service", offsetReset = OffsetReset.EARLIEST,
        batch = true, offsetStrategy = OffsetStrategy.SYNC,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_ON_ERROR, retryCount = 1000, retryDelay = "1s"))
public class ContractEventsListener {

    private final Inbox inbox;
    private final ContractProjection projection;

    public ContractEventsListener(Inbox inbox, ContractProjection projection) {
        this.inbox = inbox;
        this.projection = projection;
    }

    @Topic("${maillage.kafka.topic-prefix:}" + ContractsTopics.CONTRACTS)
    void contracts(List<ConsumerRecord<String, byte[]>> records) {
        inbox.processAll(Consumers.CONTRACTS, records, projection::apply);
    }
}
