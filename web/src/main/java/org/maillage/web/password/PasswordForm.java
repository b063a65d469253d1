package org.maillage.web.password;

import io.micronaut.core.annotation.Nullable;
import org.maillage.web.coordinator.FieldError;

import java.util.ArrayList;
import java.util.List;

/** The form to choose a password with a one-time code; the code is kept when refused, never the passwords. */
public record PasswordForm(String code, List<FieldError> errors, boolean done) {

    public PasswordForm with(String field, String message) {
        List<FieldError> more = new ArrayList<>(errors);
        more.add(new FieldError(field, message));
        return new PasswordForm(code, more, done);
    }

    @Nullable
    public String errorFor(String field) {
        return errors.stream().filter(e -> e.field().equals(field)).map(FieldError::message).findFirst().orElse(null);
    }
}
