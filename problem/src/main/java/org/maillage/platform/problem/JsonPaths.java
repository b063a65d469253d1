package org.maillage.platform.problem;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.exceptions.InvalidFormatException;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.CollectionItemReferencePath;
import io.micronaut.serde.exceptions.path.MapItemReferencePath;
import io.micronaut.serde.exceptions.path.PropertyReferencePath;
import io.micronaut.serde.exceptions.path.ReferencePath;

import java.util.List;

/** Where in a JSON body a value could not be read, as the client wrote it ({@code contacts[0].name}), and what was expected there. */
final class JsonPaths {

    private JsonPaths() {
    }

    /** The serde exception in the chain that knows the most of the path (the outer ones repeat a part of it). */
    static SerdeException deepest(Throwable cause) {
        SerdeException withPath = null;
        for (Throwable t = cause; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SerdeException s && s.getPath() != null && !s.getPath().isEmpty()
                    && (withPath == null || s.getPath().size() > withPath.getPath().size())) {
                withPath = s;
            }
        }
        return withPath;
    }

    /** Serde's path to a value (innermost first) as the client wrote it. */
    static String of(List<ReferencePath> innermostFirst) {
        StringBuilder out = new StringBuilder();
        for (int i = innermostFirst.size() - 1; i >= 0; i--) {
            ReferencePath p = innermostFirst.get(i);
            if (p instanceof CollectionItemReferencePath item) {
                out.append('[').append(item.index()).append(']');
            } else if (p instanceof MapItemReferencePath entry) {
                out.append(out.isEmpty() ? "" : ".").append(entry.key());
            } else if (p instanceof PropertyReferencePath property) {
                out.append(out.isEmpty() ? "" : ".").append(property.property().getName());
            }
        }
        return out.isEmpty() ? "body" : out.toString();
    }

    /** A deserializer of ours says what it expects, in English and French; otherwise the expected form of the field's type. */
    static String expected(Throwable cause, SerdeException withPath) {
        for (Throwable t = cause; t != null && t.getCause() != t; t = t.getCause()) {
            String message = t.getMessage();
            if (t instanceof InvalidFormatException && message != null && message.contains(" / ")) {
                return message.substring(message.lastIndexOf(": ", message.indexOf(" / ")) + 2);
            }
        }
        Argument<?> innermost = withPath.getPath().get(0).getArgument();
        return innermost == null ? "has the wrong format / format invalide" : ProblemResponseProcessor.expected(innermost.getType());
    }
}
