package org.maillage.web.supplier;

import io.micronaut.core.annotation.Nullable;
import org.maillage.web.api.ApiException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a form's page says went wrong, each message tied to the input it is about (for the summary at the top and
 * the message next to the field); a message tied to no input goes to {@code fallbackField}.
 */
public record FormErrors(List<Item> items, String fallbackField) {

    public record Item(@Nullable String field, String message) {
    }

    public static FormErrors none(String fallbackField) {
        return new FormErrors(List.of(), fallbackField);
    }

    public FormErrors with(@Nullable String field, String message) {
        List<Item> all = new ArrayList<>(items);
        all.add(new Item(field, message));
        return new FormErrors(List.copyOf(all), fallbackField);
    }

    /**
     * The API's refusal, each problem field mapped to the page's input ({@code priceCad} to {@code price},
     * {@code documents[2]} to {@code documents}); a field the page does not know stays in the summary only.
     */
    public FormErrors withApi(ApiException e, Map<String, String> inputs, String general) {
        FormErrors out = this;
        for (ApiException.FieldError f : e.fieldErrors()) {
            String api = f.field() == null ? "" : f.field().replaceAll("\\[\\d+]$", "");
            out = out.with(inputs.get(api), f.message());
        }
        return out.items.size() == items.size() ? out.with(null, general) : out;
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    @Nullable
    public String errorFor(String field) {
        return items.stream().filter(i -> field.equals(i.field())).map(Item::message).findFirst().orElse(null);
    }

    public String anchor(Item i) {
        return "#" + (i.field() == null ? fallbackField : i.field());
    }
}
