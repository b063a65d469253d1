package org.maillage.web.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** An application/problem+json answer of the platform. */
@Serdeable
record Problem(@Nullable String title, @Nullable String detail, @Nullable List<Error> errors) {

    @Serdeable
    record Error(@Nullable String field, @Nullable String message) {
    }
}
