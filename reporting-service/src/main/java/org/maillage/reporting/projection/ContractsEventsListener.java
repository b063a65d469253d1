package org.maillage.reporting.projection;

import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.maillage.contracts.api.ContractsTopics;
import org.maillage.platform.inbox.Inbox;
import org.maillage.reporting.contact.ContactProjection;
import org.maillage.reporting.contract.ContractProjection;
import org.maillage.reporting.opportunity.OpportunityProjection;

import java.util.List;

/** Thin: the inbox applies each event of contracts-service's three topics once and dead-letters what cannot be applied. */
@KafkaListener(groupId = "${maillage.kafka.topic-prefix:}reporting-service", offsetReset = OffsetReset.EARLIEST,
        batch = true, offsetStrategy = OffsetStrategy.SYNC,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_ON_ERROR, retryCount = 1000, retryDelay = "1s"))
public class ContractsEventsListener {

    private final Inbox inbox;
    private final OpportunityProjection opportunities;
    private final ContractProjection contracts;
    private final ContactProjection contacts;

    public ContractsEventsListener(Inbox inbox, OpportunityProjection opportunities, ContractProjection contracts,
                                   ContactProjection contacts) {
        this.inbox = inbox;
        this.opportunities = opportunities;
        this.contracts = contracts;
        this.contacts = contacts;
    }

    @Topic("${maillage.kafka.topic-prefix:}" + ContractsTopics.OPPORTUNITIES)
    void opportunities(List<ConsumerRecord<String, byte[]>> records) {
        inbox.processAll(Consumers.OPPORTUNITIES, records, opportunities::apply);
    }

    @Topic("${maillage.kafka.topic-prefix:}" + ContractsTopics.CONTRACTS)
    void contracts(List<ConsumerRecord<String, byte[]>> records) {
        inbox.processAll(Consumers.CONTRACTS, records, contracts::apply);
    }

    @Topic("${maillage.kafka.topic-prefix:}" + ContractsTopics.CONTACTS)
    void contacts(List<ConsumerRecord<String, byte[]>> records) {
        inbox.processAll(Consumers.CONTACTS, records, contacts::apply);
    }
}
