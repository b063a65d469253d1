package org.maillage.platform.problem;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.exceptions.InvalidFormatException;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.CollectionItemReferencePath;
import io.micronaut.serde.exceptions.path.MapItemReferencePath;
import io.micronaut.serde.exceptions.path.PropertyReferencePath;
import io.micronaut.serde.exceptions.path.ReferencePath;

import java.util.List;

/** Where in a JSON body a value could not be read, as the client wrote it ({@code lots[2].price}), and what was expected there. */
final class JsonPaths {

    private JsonPaths() {
    }

    static String of(SerdeException e) {
        StringBuilder path = new StringBuilder();
        for (ReferencePath step : e.getPath()) {
            if (step instanceof CollectionItemReferencePath item) {
                path.append('[').append(item.index()).append(']');
            } else if (step instanceof MapItemReferencePath entry) {
                path.append(path.isEmpty() ? "" : ".").append(entry.key());
            } else if (step instanceof PropertyReferencePath property) {
                path.append(path.isEmpty() ? "" : ".").append(property.property().getName());
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    /** A deserializer of ours says what it expects in its own words; otherwise the expected form of the field's type. */
    static String expected(SerdeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidFormatException invalid && invalid.getMessage() != null && invalid.getMessage().contains(" / ")) {
                String message = invalid.getMessage();
                return message.substring(message.lastIndexOf(": ", message.indexOf(" / ")) + 2);
            }
        }
        List<ReferencePath> steps = e.getPath();
        Argument<?> last = steps.isEmpty() ? null : steps.get(steps.size() - 1).getArgument();
        return last == null ? "has the wrong format / format invalide" : ProblemResponseProcessor.expected(last.getType());
    }
}
