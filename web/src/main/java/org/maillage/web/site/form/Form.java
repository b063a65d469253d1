package org.maillage.web.site.form;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.beans.BeanProperty;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A form as the person filled it in: its record, as the framework bound it from the request (or null for a form not
 * yet sent), the values as typed (kept when refused), and the errors, each tied to its field for the error summary and
 * the message beside the field (the GOV.UK pattern). {@link Forms} checks it; {@link #send} places the API's refusal.
 * The site's one form model: every form of every page is one of these over a record of its own.
 *
 * @param <T> the form's record: every field a {@code String} or a {@code List<String>} as typed (parsing is the page's
 *            work, so that what could not be read is said beside its field, not refused by the binding)
 */
public final class Form<T> {

    /** An error: the field it belongs to (null: the form as a whole), and the message, in the person's language. */
    public record FieldError(@Nullable String field, String message) {
    }

    @Nullable
    private final T input;
    private final Map<String, List<String>> values;
    private final List<FieldError> errors = new ArrayList<>();
    /** Told apart from the same form repeated on the page (one per listed item): its fields' ids end with it. */
    @Nullable
    private String scope;

    private Form(@Nullable T input, Map<String, List<String>> values) {
        this.input = input;
        this.values = values;
    }

    /** The form as sent (or as pre-filled from what the API holds). */
    public static <T> Form<T> of(T input) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        BeanIntrospection<T> introspection = (BeanIntrospection<T>) BeanIntrospector.SHARED.getIntrospection(input.getClass());
        for (BeanProperty<T, Object> p : introspection.getBeanProperties()) {
            Object v = p.get(input);
            List<String> texts = new ArrayList<>();
            if (v instanceof Collection<?> c) {
                c.forEach(x -> texts.add(String.valueOf(x)));
            } else if (v != null) {
                texts.add(String.valueOf(v));
            }
            values.put(p.getName(), texts);
        }
        return new Form<>(input, values);
    }

    /** A form not filled in yet. */
    public static <T> Form<T> blank() {
        return new Form<>(null, new LinkedHashMap<>());
    }

    /** The record as the framework bound it; empty for a blank form. */
    public Optional<T> input() {
        return Optional.ofNullable(input);
    }

    /** The value as typed, trimmed; "" when absent. */
    public String value(String name) {
        List<String> v = values.get(name);
        return v == null || v.isEmpty() || v.get(0) == null ? "" : v.get(0).strip();
    }

    @Nullable
    public String optional(String name) {
        String v = value(name);
        return v.isEmpty() ? null : v;
    }

    /** Every value of a repeated field (checkboxes), trimmed, without blanks or repeats. */
    public List<String> all(String name) {
        return values.getOrDefault(name, List.of()).stream().filter(s -> s != null && !s.isBlank()).map(String::strip).distinct().toList();
    }

    public boolean has(String name, String value) {
        return all(name).contains(value);
    }

    /** Pre-fills or replaces a field's value (what the API holds, a default). */
    public Form<T> set(String name, @Nullable Object value) {
        values.put(name, value == null ? new ArrayList<>() : new ArrayList<>(List.of(String.valueOf(value))));
        return this;
    }

    public Form<T> setAll(String name, @Nullable Collection<?> list) {
        List<String> texts = new ArrayList<>();
        if (list != null) {
            list.forEach(x -> texts.add(String.valueOf(x)));
        }
        values.put(name, texts);
        return this;
    }

    public Form<T> error(@Nullable String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    @Nullable
    public String errorFor(String field) {
        return errors.stream().filter(e -> field.equals(e.field())).map(FieldError::message).findFirst().orElse(null);
    }

    /** For aria-invalid: "true", or null so that the attribute is left out. */
    @Nullable
    public String invalid(String field) {
        return errorFor(field) == null ? null : "true";
    }

    /** For a form repeated on the page, one per item: its fields' ids end with the item's. */
    public Form<T> scoped(String itemId) {
        this.scope = itemId;
        return this;
    }

    /** The id of a field's input on the page. */
    public String id(String field) {
        return scope == null ? field : field + "-" + scope;
    }

    /** Where the error summary's link for this error leads: its field, or the page's content. */
    public String anchor(FieldError e) {
        return "#" + (e.field() == null ? "main" : id(e.field()));
    }
}
