package org.maillage.web.buyer;

import io.micronaut.core.annotation.Nullable;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A submitted (or pre-filled) form: what was typed, kept when the server refuses it, and the errors, each tied to
 * its field for the error summary and the message above the field (GOV.UK pattern).
 */
public record Form(Map<String, List<String>> values, List<Error> errors) {

    public record Error(@Nullable String field, String message) {
    }

    public static Form empty() {
        return new Form(new LinkedHashMap<>(), new ArrayList<>());
    }

    /** An application/x-www-form-urlencoded body, with every value of a repeated name (checkboxes). */
    public static Form parse(@Nullable String body) {
        Form f = empty();
        if (body == null || body.isEmpty()) {
            return f;
        }
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            f.values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return f;
    }

    public Form set(String name, @Nullable Object value) {
        values.put(name, value == null ? new ArrayList<>() : new ArrayList<>(List.of(String.valueOf(value))));
        return this;
    }

    public Form setAll(String name, @Nullable List<String> list) {
        values.put(name, list == null ? new ArrayList<>() : new ArrayList<>(list));
        return this;
    }

    /** The value as typed, trimmed; "" when absent. */
    public String value(String name) {
        List<String> v = values.get(name);
        return v == null || v.isEmpty() ? "" : v.get(0).strip();
    }

    @Nullable
    public String optional(String name) {
        String v = value(name);
        return v.isEmpty() ? null : v;
    }

    public List<String> all(String name) {
        return values.getOrDefault(name, List.of()).stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    public boolean has(String name, String value) {
        return all(name).contains(value);
    }

    public boolean checked(String name) {
        return has(name, "true");
    }

    public Form error(@Nullable String field, String message) {
        errors.add(new Error(field, message));
        return this;
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    @Nullable
    public String errorFor(String field) {
        return errors.stream().filter(e -> field.equals(e.field())).map(Error::message).findFirst().orElse(null);
    }

    /** For aria-describedby: the error's id, or null so that the attribute is left out. */
    @Nullable
    public String describedBy(String field) {
        return errorFor(field) == null ? null : field + "-error";
    }

    @Nullable
    public String invalid(String field) {
        return errorFor(field) == null ? null : "true";
    }

    public String anchor(Error e) {
        return "#" + (e.field() == null ? "main" : e.field());
    }
}
