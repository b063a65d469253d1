package org.maillage.directory.organization;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

@MappedEntity("decision_unit")
record DecisionUnitRow(
        @Id UUID id,
        UUID organizationId,
        String name,
        @TypeDef(type = DataType.STRING_ARRAY) String[] categories,
        @Nullable BigDecimal thresholdCad,
        @TypeDef(type = DataType.STRING_ARRAY) String[] methods,
        @Nullable String calendarNotes,
        @Nullable LocalDate retiredOn) {
}
