package org.maillage.web.password;

import io.micronaut.core.annotation.Nullable;
import org.maillage.web.coordinator.FieldError;

import java.util.ArrayList;
import java.util.List;

/** The "forgot my password" form: the address typed (kept when refused), its errors, or the confirmation. */
public record ForgotForm(String email, List<FieldError> errors, boolean sent) {

    public ForgotForm with(String field, String message) {
        List<FieldError> more = new ArrayList<>(errors);
        more.add(new FieldError(field, message));
        return new ForgotForm(email, more, sent);
    }

    @Nullable
    public String errorFor(String field) {
        return errors.stream().filter(e -> e.field().equals(field)).map(FieldError::message).findFirst().orElse(null);
    }
}
