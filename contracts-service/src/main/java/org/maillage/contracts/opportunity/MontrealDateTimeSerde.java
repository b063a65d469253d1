package org.maillage.contracts.opportunity;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Encoder;
import io.micronaut.serde.Serde;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.format.DateTimeParseException;

/** Reads and writes {@link MontrealDateTime}; a value it cannot read is reported against its field with the expected form. */
@Singleton
public class MontrealDateTimeSerde implements Serde<MontrealDateTime> {

    @Override
    public MontrealDateTime deserialize(Decoder decoder, DecoderContext context, Argument<? super MontrealDateTime> type) throws IOException {
        String text = decoder.decodeString();
        try {
            return MontrealDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw decoder.createDeserializationException(MontrealDateTime.EXPECTED, text);
        }
    }

    @Override
    public void serialize(Encoder encoder, EncoderContext context, Argument<? extends MontrealDateTime> type, MontrealDateTime value)
            throws IOException {
        encoder.encodeString(value.toString());
    }
}
