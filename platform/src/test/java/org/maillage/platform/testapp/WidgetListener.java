package org.maillage.platform.testapp;

import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.context.annotation.Requires;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.maillage.platform.inbox.Inbox;

/** Thin, as every listener should be: hand the record to the inbox. */
@Requires(property = "test.widget-consumer", value = "true")
@KafkaListener(groupId = "${maillage.kafka.topic-prefix:}widget-projection", offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC_PER_RECORD,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_ON_ERROR, retryCount = 1000, retryDelay = "1s"))
public class WidgetListener {

    private final Inbox inbox;
    private final WidgetProjection projection;

    public WidgetListener(Inbox inbox, WidgetProjection projection) {
        this.inbox = inbox;
        this.projection = projection;
    }

    @Topic("${maillage.kafka.topic-prefix:}" + Widgets.TOPIC)
    void receive(ConsumerRecord<String, byte[]> record) {
        inbox.process("widget-projection", record, projection::apply);
    }
}
