package org.maillage.platform.text;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;
import org.maillage.platform.problem.InvalidTextException;
import org.maillage.platform.problem.TextInput;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Serde reads a list of strings with a shortcut of its own, past {@link StrictStringDeserializer}: the same check here. */
@Singleton
public class StrictStringListDeserializer implements Deserializer<List<String>> {

    @Override
    public List<String> deserialize(Decoder decoder, DecoderContext context, Argument<? super List<String>> type) throws IOException {
        List<String> out = new ArrayList<>();
        Decoder array = decoder.decodeArray();
        while (array.hasNextArrayValue()) {
            String value = array.decodeStringNullable();
            if (value != null && TextInput.isInvalid(value)) {
                throw new InvalidTextException(out.size());
            }
            out.add(value);
        }
        array.finishStructure();
        return out;
    }

    @Override
    public List<String> deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super List<String>> type) throws IOException {
        return decoder.decodeNull() ? null : deserialize(decoder, context, type);
    }
}
