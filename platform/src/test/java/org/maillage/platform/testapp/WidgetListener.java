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

import java.util.List;

/** Thin, as every listener should be: hand the record to the inbox. */
@Requires(property = "test.widget-consumer", value = "true")
@KafkaListener(groupId = "${maillage.kafka.topic-prefix:}widget-projection", offsetReset = OffsetReset.EARLIEST,
        batch = true, offsetStrategy = OffsetStrategy.SYNC,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_ON_ERROR, retryCount = 1000, retryDelay = "1s"))
public class WidgetListener {

    private final Inbox inbox;
    private final WidgetProjection projection;

    public WidgetListener(Inbox inbox, WidgetProjection projection) {
        this.inbox = inbox;
        this.projection = projection;
    }

    @Topic("${maillage.kafka.topic-prefix:}" + Widgets.TOPIC)
    void receive(List<ConsumerRecord<String, byte[]>> records) {
        inbox.processAll("widget-projection", records, projection::apply);
    }
}
