package org.maillage.contracts.opportunity;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * One page of a list, in the shape every list answers in.
 *
 * @param next the cursor of the following page, null on the last one
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS) // `next` is there on the last page too, as null
public record OpportunityPage(
        @ArraySchema(maxItems = 100) List<OpportunityView> items,
        @Nullable @Schema(maxLength = 200, description = "pass as `cursor` to get the following page; null on the last page") String next) {
}
