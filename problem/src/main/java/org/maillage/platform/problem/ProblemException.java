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
        return new ProblemException(HttpStatus.NOT_FOUND, ProblemType.NOT_FOUND.uri(), ProblemType.NOT_FOUND.title(),
                what + " " + id + " does not exist", Map.of());
    }

    public static ProblemException conflict(String field, String detail, Map<String, Object> extensions) {
        Map<String, Object> ext = new java.util.HashMap<>(extensions);
        ext.put("errors", java.util.List.of(Map.of("field", field, "message", detail)));
        return new ProblemException(HttpStatus.CONFLICT, ProblemType.CONFLICT.uri(), ProblemType.CONFLICT.title(), detail, ext);
    }

    /** The caller is known but its organization may not do this. */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(HttpStatus.FORBIDDEN, ProblemType.FORBIDDEN.uri(), ProblemType.FORBIDDEN.title(), detail, Map.of());
    }

    public static ProblemException invalid(String field, String detail) {
        return new ProblemException(HttpStatus.BAD_REQUEST, ProblemType.INVALID.uri(), ProblemType.INVALID.title(),
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
