package org.maillage.directory.organization;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/**
 * Directory search: free text in French or English (accents and case ignored, words stemmed) and filters.
 *
 * @param category an UNSPSC code; a segment matches its families too
 */
@Introspected
public record SearchCriteria(
        @QueryValue @Nullable @Size(max = 200) String q,
        @QueryValue @Nullable @Size(max = 20) @Pattern(regexp = "ENTERPRISE|INSTITUTION", message = "must be ENTERPRISE or INSTITUTION") String kind,
        @QueryValue @Nullable @Size(max = 8) @Pattern(regexp = "[0-9]{8}", message = "must be an 8-digit category code") String category,
        @QueryValue @Nullable @Size(max = 2) @Pattern(regexp = "0[1-9]|1[0-7]", message = "must be a region code from 01 to 17") String region,
        @QueryValue @Nullable @Size(max = 30) @Pattern(regexp = Forms.LEGAL_FORMS, message = "must be one of " + Forms.LEGAL_FORMS) String legalForm,
        // text, not Boolean: the framework would read "oui" or a typo as false and answer the wrong question
        @QueryValue @Nullable @Size(max = 5) @Pattern(regexp = "true|false", message = "must be true or false / doit être true ou false") String certified,
        @QueryValue @Nullable UUID pilot,
        @QueryValue @Nullable @Size(max = 500) String cursor,
        @QueryValue @Nullable @Min(1) @Max(100) Integer limit) {

    int pageSize() {
        return limit == null ? 20 : limit;
    }

    @Nullable
    Boolean certifiedOnly() {
        return certified == null ? null : Boolean.valueOf(certified);
    }

    boolean hasText() {
        return q != null && !q.isBlank();
    }
}
