package org.maillage.web.api;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * The API answered with an error. {@code status} 0 means it could not be reached at all.
 *
 * @param fieldErrors the problem's {@code errors} (field and message), for showing next to each field
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final List<FieldError> fieldErrors;

    public ApiException(int status, @Nullable String detail, List<FieldError> fieldErrors) {
        super(detail == null ? "HTTP " + status : detail);
        this.status = status;
        this.fieldErrors = fieldErrors;
    }

    public int status() {
        return status;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** The platform (or the part of it this page needs) is down or too slow. */
    public boolean unavailable() {
        return status == 0 || status == 502 || status == 503 || status == 504;
    }

    /** @param code what the API calls this refusal (e.g. {@code file-kind}), when it names one: a page may say it in its own words */
    public record FieldError(String field, String message, @Nullable String code) {

        public FieldError(String field, String message) {
            this(field, message, null);
        }
    }
}
