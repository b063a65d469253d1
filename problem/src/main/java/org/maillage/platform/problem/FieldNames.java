package org.maillage.platform.problem;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.StringJoiner;

/** Turns a validation path such as {@code register.request.regions[1]} into the field a client sent: {@code regions[1]}. */
final class FieldNames {

    private FieldNames() {
    }

    static String of(Path path) {
        StringJoiner field = new StringJoiner(".");
        String parameter = null;
        for (Path.Node node : path) {
            // the method is ours; a parameter's name is the client's only when it is what was sent (a query value)
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR
                    || node.getKind() == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            String name = node.getName();
            if (node.getIndex() != null) {
                field.add((name == null || name.startsWith("<") ? "" : name) + "[" + node.getIndex() + "]");
            } else if (name != null && !name.startsWith("<")) {
                field.add(name);
            }
        }
        String result = field.toString().replace(".[", "[");
        if (result.isEmpty()) {
            return parameter != null ? parameter : "body";
        }
        return result;
    }
}
