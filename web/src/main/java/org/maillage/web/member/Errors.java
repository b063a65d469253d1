package org.maillage.web.member;

import io.micronaut.core.annotation.Nullable;
import org.maillage.web.api.ApiException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A form's errors, each tied to the id of its input (GOV.UK pattern: a summary at the top linking to each
 * field, the message above the field). The API names its fields in its own terms; {@code inputs} maps them.
 */
public final class Errors {

    private final List<Error> list = new ArrayList<>();

    public record Error(String input, String message) {
    }

    public Errors add(String input, String message) {
        list.add(new Error(input, message));
        return this;
    }

    /** The API's objections, each next to its input; one it names no field for goes to {@code fallback}. */
    public Errors addAll(ApiException e, Function<String, String> inputOf, String fallback) {
        if (e.fieldErrors().isEmpty()) {
            return add(fallback, e.getMessage());
        }
        for (ApiException.FieldError f : e.fieldErrors()) {
            String input = f.field() == null ? null : inputOf.apply(f.field());
            add(input == null ? fallback : input, f.message());
        }
        return this;
    }

    /** Maps API field names to input ids by a table, an unknown name to null. */
    public static Function<String, String> byTable(Map<String, String> table) {
        return table::get;
    }

    public boolean any() {
        return !list.isEmpty();
    }

    public List<Error> all() {
        return list;
    }

    @Nullable
    public String of(String input) {
        return list.stream().filter(e -> e.input().equals(input)).map(Error::message).findFirst().orElse(null);
    }

    public boolean has(String input) {
        return of(input) != null;
    }

    /** The id of the element that describes the input: its error message when it has one, else its hint (may be null). */
    @Nullable
    public String describedBy(String input, @Nullable String hint) {
        String error = has(input) ? input + "-error" : null;
        if (error == null) {
            return hint;
        }
        return hint == null ? error : error + " " + hint;
    }
}
