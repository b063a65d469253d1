package org.maillage.platform.problem;

import io.micronaut.serde.exceptions.path.CollectionItemReferencePath;
import io.micronaut.serde.exceptions.path.MapItemReferencePath;
import io.micronaut.serde.exceptions.path.PropertyReferencePath;
import io.micronaut.serde.exceptions.path.ReferencePath;

import java.util.List;

/** Serde's path to a refused text value (innermost step first) as the client wrote it: {@code contacts[0].name}. */
final class TextFieldPaths {

    private TextFieldPaths() {
    }

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
}
