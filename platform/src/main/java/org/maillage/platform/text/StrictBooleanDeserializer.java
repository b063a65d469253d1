package org.maillage.platform.text;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * A JSON boolean is true or false, nothing else. Serde's own reading coerces: "oui", "yes" or "vrai" became false
 * and any non-zero number true, so a typo silently stored the opposite of what a person meant (a consent, a dry
 * run). Anything but true or false is refused while it is read; the problem handler names the field.
 */
@Singleton
public class StrictBooleanDeserializer implements Deserializer<Boolean> {

    static final String MESSAGE = "must be true or false / doit être true ou false";

    @Override
    public Boolean deserialize(Decoder decoder, DecoderContext context, Argument<? super Boolean> type) throws IOException {
        Object value = decoder.decodeArbitrary();
        if (value instanceof Boolean b) {
            return b;
        }
        throw decoder.createDeserializationException("Expected true or false: " + MESSAGE, value);
    }

    @Override
    public Boolean deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super Boolean> type) throws IOException {
        return decoder.decodeNull() ? null : deserialize(decoder, context, type);
    }
}
