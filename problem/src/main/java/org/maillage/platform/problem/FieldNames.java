package org.maillage.platform.problem;

/** Turns a validation path such as {@code register.request.neq} into the field a client sent: {@code neq}. */
final class FieldNames {

    private FieldNames() {
    }

    static String fromPath(String path) {
        String[] parts = path.split("\\.");
        // the first two parts are the method and its parameter; what follows is the field inside the body
        if (parts.length > 2) {
            return String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length));
        }
        return parts[parts.length - 1];
    }
}
