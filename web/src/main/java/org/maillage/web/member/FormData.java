package org.maillage.web.member;

import io.netty.handler.codec.http.QueryStringDecoder;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A posted form as the browser sent it (application/x-www-form-urlencoded), repeated fields included:
 * a group of checkboxes sends one value per box ticked.
 */
public final class FormData {

    private final Map<String, List<String>> fields;

    private FormData(Map<String, List<String>> fields) {
        this.fields = fields;
    }

    public static FormData parse(String body) {
        return new FormData(new QueryStringDecoder(body == null ? "" : body, StandardCharsets.UTF_8, false).parameters());
    }

    /** The field's value, stripped; empty when absent. */
    public String text(String name) {
        List<String> v = fields.get(name);
        return v == null || v.isEmpty() ? "" : v.get(0).strip();
    }

    public List<String> all(String name) {
        return fields.getOrDefault(name, List.of()).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public boolean has(String name) {
        return fields.containsKey(name);
    }
}
