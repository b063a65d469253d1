package org.maillage.web.client;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * An application/problem+json answer of the platform: what it refused and, for each field it names (as the API names
 * it: {@code categories[2]}, {@code valueCad}), why.
 */
@Serdeable
public record Problem(@Nullable String type, @Nullable String title, @Nullable String detail, @Nullable List<FieldError> errors) {

    @Serdeable
    public record FieldError(@Nullable String field, @Nullable String message) {
    }

    /** The problem an answer carried, or one made of its status line when it carried none. */
    public static Problem of(HttpClientResponseException e) {
        return e.getResponse().getBody(Problem.class).orElseGet(() -> new Problem(null, e.getStatus().getReason(), e.getMessage(), List.of()));
    }

    public List<FieldError> fieldErrors() {
        return errors == null ? List.of() : errors;
    }
}
