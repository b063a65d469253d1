package org.maillage.platform.text;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;
import org.maillage.platform.problem.InvalidTextException;
import org.maillage.platform.problem.TextInput;

import java.io.IOException;

/**
 * Every string read from JSON, in every request body and event, goes through here: one holding a NUL or
 * an unpaired surrogate is refused while it is read, so it never reaches a query (PostgreSQL answers a NUL
 * with an error, which was a 500). The problem handler names the field from the path serde records.
 */
@Singleton
public class StrictStringDeserializer implements Deserializer<String> {

    @Override
    public String deserialize(Decoder decoder, DecoderContext context, Argument<? super String> type) throws IOException {
        return checked(decoder.decodeString());
    }

    @Override
    public String deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super String> type) throws IOException {
        return checked(decoder.decodeStringNullable());
    }

    private static String checked(String value) throws IOException {
        if (value != null && TextInput.isInvalid(value)) {
            throw new InvalidTextException();
        }
        return value;
    }
}
