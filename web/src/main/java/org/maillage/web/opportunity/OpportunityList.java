package org.maillage.web.opportunity;

import io.micronaut.core.annotation.Nullable;
import org.maillage.web.api.ApiException;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The opportunities page: the filters as asked, their options, one page of rows found by the API's search, and the
 * links to the next page (its cursor) and back to the first.
 *
 * @param buyerName the buyer the list is narrowed to (from an institution's profile), null when none
 * @param nextUrl   null on the last page
 * @param firstUrl  null on the first page
 * @param errors    the API's objections to the filters, each shown next to its field
 */
public record OpportunityList(Criteria criteria, @Nullable String buyerName, List<Option> statuses, List<Option> categories,
                              List<Option> regions, List<Option> closingWithin, List<Row> rows, @Nullable String nextUrl,
                              @Nullable String firstUrl, @Nullable String withoutBuyerUrl, List<ApiException.FieldError> errors) {

    public record Criteria(String q, String status, String category, String region, String closingWithin, String buyer) {
    }

    public record Option(String code, String label) {
    }

    public record Row(UUID id, String title, String buyer, String status, Instant deadline, String method) {
    }

    /** The API's message for a filter, or null. */
    @Nullable
    public String errorFor(String field) {
        return errors.stream().filter(e -> field.equals(e.field())).map(ApiException.FieldError::message).findFirst().orElse(null);
    }
}
