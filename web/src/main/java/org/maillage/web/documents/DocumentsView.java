package org.maillage.web.documents;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The buyer's documents page: the opportunity, its documents with every version, and the form as it was sent.
 *
 * @param addendum after publication a change needs a summary (it becomes an addendum)
 * @param errors   field (file, replaces, summary, or "" for the whole form) to message, in the form's order
 */
public record DocumentsView(UUID opportunityId, String title, String status, boolean addendum, boolean open, List<Row> rows,
                            List<Choice> replaceable, Map<String, String> errors, String replaces, String summary, boolean added) {

    public record Row(String fileName, String href, int version, boolean current, String size, String uploadedAt,
                      @Nullable String summary) {
    }

    public record Choice(String id, String label) {
    }

    @Nullable
    public String errorFor(String field) {
        return errors.get(field);
    }

    /** Where the error summary sends the reader: the field, or the form for a whole-form error. */
    public String anchor(String field) {
        return field.isEmpty() ? "#documents-form" : "#" + field;
    }
}
