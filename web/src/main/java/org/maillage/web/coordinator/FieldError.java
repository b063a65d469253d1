package org.maillage.web.coordinator;

/** A mistake in a form, shown next to its field and in the summary at the top; {@code field} is the input's id. */
public record FieldError(String field, String message) {
}
