package org.maillage.contracts.organization;

import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.maillage.directory.api.DirectoryTopics;
import org.maillage.platform.inbox.Inbox;

import java.util.List;

/** Thin: the inbox applies each event once and dead-letters what cannot be applied. */
@KafkaListener(groupId = "${maillage.kafka.topic-prefix:}contracts-service", offsetReset = OffsetReset.EARLIEST,
        batch = true, offsetStrategy = OffsetStrategy.SYNC,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_ON_ERROR, retryCount = 1000, retryDelay = "1s"))
public class DirectoryEventsListener {

    private final Inbox inbox;
    private final OrganizationProjection projection;
    private final PersonProjection people;

    public DirectoryEventsListener(Inbox inbox, OrganizationProjection projection, PersonProjection people) {
        this.inbox = inbox;
        this.projection = projection;
        this.people = people;
    }

    @Topic("${maillage.kafka.topic-prefix:}" + DirectoryTopics.ORGANIZATIONS)
    void receive(List<ConsumerRecord<String, byte[]>> records) {
        inbox.processAll("contracts.organizations", records, projection::apply);
    }

    @Topic("${maillage.kafka.topic-prefix:}" + DirectoryTopics.PEOPLE)
    void receivePeople(List<ConsumerRecord<String, byte[]>> records) {
        inbox.processAll("contracts.people", records, people::apply);
    }
}
