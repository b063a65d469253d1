package org.maillage.web.documents;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Map;

/**
 * A documents page, the buyer's notice documents or an enterprise's response documents: every version, and the form
 * as it was sent.
 *
 * @param texts    what differs between the two pages, already in the page's language
 * @param addendum after publication a change needs a summary (it becomes an addendum)
 * @param errors   field (file, replaces, summary, or "" for the whole form) to message, in the form's order
 */
public record DocumentsView(Texts texts, boolean addendum, boolean open, List<Row> rows,
                            List<Choice> replaceable, Map<String, String> errors, String replaces, String summary, boolean added) {

    /**
     * @param backHref  where the back link leads (the notice, or the response)
     * @param intro     the line under the heading (the opportunity's status, or who reads the files and when)
     * @param action    where the form posts
     * @param closed    what the page says when files can no longer change
     */
    public record Texts(String backHref, String back, String heading, String intro, String action, String closed) {
    }

    public record Row(String fileName, String href, int version, boolean current, String size, String uploadedAt,
                      @Nullable String summary) {
    }

    public record Choice(String id, String label) {
    }

    /** Whether the addenda column says anything: a response's files never have one, nor notices' before publication. */
    public boolean anyAddendum() {
        return rows.stream().anyMatch(r -> r.summary() != null);
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
