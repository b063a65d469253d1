package org.maillage.web.directory;

import io.micronaut.core.annotation.Nullable;

import org.maillage.web.api.ApiException;

import java.util.List;
import java.util.UUID;

/**
 * The directory page: the criteria as asked, the options of each filter with their counts (from the
 * search's facets), one page of results.
 *
 * @param nextUrl  the next page's address (cursor), null on the last
 * @param firstUrl back to the first page, null on it
 * @param errors   the API's objections to the criteria, each shown next to its filter
 */
public record DirectorySearch(Criteria criteria, List<Option> kinds, List<Option> categories, List<Option> regions,
                              List<Option> legalForms, long total, List<Hit> hits, @Nullable String nextUrl, @Nullable String firstUrl,
                              List<ApiException.FieldError> errors) {

    public record Criteria(String q, String kind, String category, String region, String legalForm, boolean certified) {
    }

    /** The API's message for a filter, or null. */
    public String errorFor(String field) {
        return errors.stream().filter(e -> field.equals(e.field())).map(ApiException.FieldError::message).findFirst().orElse(null);
    }

    public record Option(String code, String label, long count) {
    }

    public record Hit(UUID id, boolean institution, String name, String kind, @Nullable String legalForm, List<String> regions) {
    }
}
