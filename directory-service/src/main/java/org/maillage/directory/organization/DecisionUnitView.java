package org.maillage.directory.organization;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A decision unit as its institution keeps it, retired ones included. @param retiredOn when it stopped buying, or null */
@Serdeable
public record DecisionUnitView(UUID id, @Schema(maxLength = 200) String name,
                               @ArraySchema(maxItems = 50, schema = @Schema(maxLength = 8)) List<String> categories,
                               @Nullable @Schema(maximum = "999999999999.99", minimum = "0") BigDecimal thresholdCad,
                               @ArraySchema(maxItems = 3, schema = @Schema(maxLength = 20)) List<String> methods,
                               @Nullable @Schema(maxLength = 2000) String calendarNotes, @Nullable LocalDate retiredOn) {

    static DecisionUnitView of(DecisionUnitRow u) {
        return new DecisionUnitView(u.id(), u.name(), List.of(u.categories()), u.thresholdCad(), List.of(u.methods()), u.calendarNotes(),
                u.retiredOn());
    }

    /** Every unit at once (an institution has at most a few dozen): {@code next} is always null. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS) // `next` is there, null: the list's one shape
    public record Listing(@ArraySchema(maxItems = 200) List<DecisionUnitView> items, @Nullable @Schema(maxLength = 200) String next) {
    }
}
