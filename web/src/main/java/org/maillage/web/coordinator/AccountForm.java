package org.maillage.web.coordinator;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Map;

/** The account form as typed, kept when the platform refuses it, with its errors by input id. */
public record AccountForm(String email, String role, String organizationId, String decisionUnitId, String language,
                          List<FieldError> errors) {

    public static AccountForm empty(String language) {
        return new AccountForm("", "", "", "", language, List.of());
    }

    public static AccountForm of(Map<String, String> fields) {
        return new AccountForm(value(fields, "email"), value(fields, "role"), value(fields, "organizationId"),
                value(fields, "decisionUnitId"), value(fields, "language"), List.of());
    }

    public AccountForm with(String field, String message) {
        List<FieldError> more = new java.util.ArrayList<>(errors);
        more.add(new FieldError(field, message));
        return new AccountForm(email, role, organizationId, decisionUnitId, language, more);
    }

    @Nullable
    public String errorFor(String field) {
        return errors.stream().filter(e -> e.field().equals(field)).map(FieldError::message).findFirst().orElse(null);
    }

    private static String value(Map<String, String> fields, String name) {
        String v = fields.get(name);
        return v == null ? "" : v.strip();
    }
}
