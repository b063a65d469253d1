package org.maillage.web.opportunity;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The opportunities page: the filter as asked, one page of rows and the links to the others.
 *
 * @param previousUrl null on the first page
 * @param nextUrl     null on the last page
 */
public record OpportunityList(String q, String status, List<String> statuses, long total, int pageNumber, int pages,
                              List<Row> rows, @Nullable String previousUrl, @Nullable String nextUrl) {

    public record Row(UUID id, String title, String buyer, String status, Instant deadline, String method) {
    }
}
