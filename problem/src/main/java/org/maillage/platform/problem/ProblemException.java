package org.maillage.platform.problem;

import io.micronaut.http.HttpStatus;

import java.util.Map;

/**
 * A domain rule a request broke, with what the client needs to fix it. The problem handler maps it to
 * its status; services throw it (or a subclass) and never catch it in controllers.
 */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final String title;
    private final Map<String, Object> extensions;

    public ProblemException(HttpStatus status, String type, String title, String detail, Map<String, Object> extensions) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.extensions = Map.copyOf(extensions);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(HttpStatus.NOT_FOUND, "https://maillage.org/problems/not-found", "Not found / Introuvable",
                what + " " + id + " does not exist", Map.of());
    }

    public static ProblemException conflict(String field, String detail, Map<String, Object> extensions) {
        Map<String, Object> ext = new java.util.HashMap<>(extensions);
        ext.put("errors", java.util.List.of(Map.of("field", field, "message", detail)));
        return new ProblemException(HttpStatus.CONFLICT, "https://maillage.org/problems/conflict", "Conflict / Conflit", detail, ext);
    }

    /** The caller is known but its organization may not do this. */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(HttpStatus.FORBIDDEN, "https://maillage.org/problems/forbidden", "Forbidden / Interdit", detail, Map.of());
    }

    public static ProblemException invalid(String field, String detail) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "https://maillage.org/problems/invalid", "Invalid input / Saisie invalide",
                field + ": " + detail, Map.of("errors", java.util.List.of(Map.of("field", field, "message", detail))));
    }

    public HttpStatus status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
