package org.maillage.web.enterprise;

import org.maillage.web.member.Errors;

import java.util.Map;
import java.util.UUID;

/**
 * One of my enterprise's people: the form that changes it, or the question before removing it.
 *
 * @param name     the person's name as saved (the heading), whatever was typed
 * @param values   what the form shows: saved, or typed when the server refused it
 * @param removing the page asks to confirm the removal instead of showing the form
 */
public record PersonPage(UUID id, String name, Map<String, String> values, boolean removing, Errors errors) {

    public String value(String field) {
        return values.getOrDefault(field, "");
    }
}
