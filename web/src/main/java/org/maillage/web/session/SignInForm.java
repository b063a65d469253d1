package org.maillage.web.session;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.List;

/**
 * The sign-in page: what was typed (never the password), where to go after, and the errors, each tied to
 * its field for the error summary (GOV.UK pattern) and the message above the field.
 */
public record SignInForm(String email, String back, boolean needed, List<Error> errors) {

    public record Error(@Nullable String field, String message) {
    }

    public static SignInForm empty(String back, boolean needed) {
        return new SignInForm("", back, needed, List.of());
    }

    public SignInForm with(@Nullable String field, String message) {
        List<Error> all = new ArrayList<>(errors);
        all.add(new Error(field, message));
        return new SignInForm(email, back, needed, all);
    }

    @Nullable
    public String errorFor(String field) {
        return errors.stream().filter(e -> field.equals(e.field())).map(Error::message).findFirst().orElse(null);
    }

    /** Where the summary's link for an error points: its field, or the first field when it belongs to none. */
    public String anchor(Error e) {
        return "#" + (e.field() == null ? "email" : e.field());
    }
}
