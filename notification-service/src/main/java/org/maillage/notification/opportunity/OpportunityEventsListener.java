package org.maillage.notification.opportunity;

import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.maillage.contracts.api.ContractsTopics;
import org.maillage.notification.Consumers;
import org.maillage.notification.outcome.Outcomes;
import org.maillage.notification.partner.PartnersNamed;
import org.maillage.notification.question.QuestionsAsked;
import org.maillage.notification.receipt.Receipts;
import org.maillage.platform.inbox.Inbox;

import java.util.List;

/** Thin: the inbox applies each opportunity event once (with the messages it queues) and dead-letters what cannot be applied. */
@KafkaListener(groupId = "${maillage.kafka.topic-prefix:}notification-service", offsetReset = OffsetReset.EARLIEST,
        batch = true, offsetStrategy = OffsetStrategy.SYNC,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_ON_ERROR, retryCount = 1000, retryDelay = "1s"))
public class OpportunityEventsListener {

    private final Inbox inbox;
    private final OpportunityProjection projection;
    private final PartnersNamed partners;
    private final Outcomes outcomes;
    private final QuestionsAsked questions;
    private final Receipts receipts;

    public OpportunityEventsListener(Inbox inbox, OpportunityProjection projection, PartnersNamed partners, Outcomes outcomes,
                                     QuestionsAsked questions, Receipts receipts) {
        this.inbox = inbox;
        this.projection = projection;
        this.partners = partners;
        this.outcomes = outcomes;
        this.questions = questions;
        this.receipts = receipts;
    }

    @Topic("${maillage.kafka.topic-prefix:}" + ContractsTopics.OPPORTUNITIES)
    void opportunities(List<ConsumerRecord<String, byte[]>> records) {
        // each handler takes its own types and passes over the others
        inbox.processAll(Consumers.OPPORTUNITIES, records, event -> {
            projection.apply(event);
            partners.apply(event);
            outcomes.apply(event);
            questions.apply(event);
            receipts.apply(event);
        });
    }
}
