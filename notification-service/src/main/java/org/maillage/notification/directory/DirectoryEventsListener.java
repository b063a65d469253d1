package org.maillage.notification.directory;

import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.maillage.directory.api.DirectoryTopics;
import org.maillage.notification.Consumers;
import org.maillage.notification.applicant.ApplicationRefusals;
import org.maillage.notification.invitation.Invitations;
import org.maillage.platform.inbox.Inbox;

import java.util.List;

/** Thin: the inbox applies each directory event once and dead-letters what cannot be applied. */
@KafkaListener(groupId = "${maillage.kafka.topic-prefix:}notification-service", offsetReset = OffsetReset.EARLIEST,
        batch = true, offsetStrategy = OffsetStrategy.SYNC,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_ON_ERROR, retryCount = 1000, retryDelay = "1s"))
public class DirectoryEventsListener {

    private final Inbox inbox;
    private final DirectoryProjection projection;
    private final ApplicationRefusals refusals;
    private final Invitations invitations;

    public DirectoryEventsListener(Inbox inbox, DirectoryProjection projection, ApplicationRefusals refusals, Invitations invitations) {
        this.inbox = inbox;
        this.projection = projection;
        this.refusals = refusals;
        this.invitations = invitations;
    }

    @Topic("${maillage.kafka.topic-prefix:}" + DirectoryTopics.ORGANIZATIONS)
    void organizations(List<ConsumerRecord<String, byte[]>> records) {
        inbox.processAll(Consumers.ORGANIZATIONS, records, projection::organization);
    }

    @Topic("${maillage.kafka.topic-prefix:}" + DirectoryTopics.ACCOUNTS)
    void accounts(List<ConsumerRecord<String, byte[]>> records) {
        inbox.processAll(Consumers.ACCOUNTS, records, projection::account);
    }

    @Topic("${maillage.kafka.topic-prefix:}" + DirectoryTopics.APPLICATIONS)
    void applications(List<ConsumerRecord<String, byte[]>> records) {
        // each handler takes its own types and passes over the others
        inbox.processAll(Consumers.APPLICATIONS, records, event -> {
            refusals.apply(event);
            invitations.apply(event);
        });
    }
}
