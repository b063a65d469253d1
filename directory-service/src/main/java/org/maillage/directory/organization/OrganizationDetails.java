package org.maillage.directory.organization;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An organization as the directory shows it to anyone: no personal data here. */
@Serdeable
public record OrganizationDetails(
        UUID id,
        @Schema(maxLength = 20) String kind,
        @Schema(maxLength = 200) String legalName,
        @ArraySchema(maxItems = 10, schema = @Schema(maxLength = 200)) List<String> otherNames,
        @Nullable @Schema(maxLength = 10) String neq,
        @Schema(maxLength = 20) String status,
        @Nullable @Schema(maxLength = 30) String legalForm,
        @Nullable @Schema(maxLength = 30) String institutionType,
        @Nullable @Schema(maxLength = 4000) String missionFr,
        @Nullable @Schema(maxLength = 4000) String missionEn,
        @ArraySchema(maxItems = 50, schema = @Schema(maxLength = 8)) List<String> categories,
        @ArraySchema(maxItems = 17, schema = @Schema(maxLength = 2)) List<String> regions,
        @Nullable @Schema(maxLength = 500) String address,
        @Nullable @Schema(maxLength = 500) String website,
        @Nullable @Schema(maxLength = 10) String sizeBand,
        @Nullable @Schema(maxLength = 2000) String capacityNotes,
        @ArraySchema(maxItems = 20) List<Certification> certifications,
        @ArraySchema(maxItems = 50) List<DecisionUnit> decisionUnits,
        @Nullable Commitment commitment,
        @ArraySchema(maxItems = 50) List<Membership> pilots,
        Instant createdAt,
        Instant updatedAt) {

    /** @param expired true once the expiry date has passed: shown, but no longer counted as certified */
    @Serdeable
    public record Certification(@Schema(maxLength = 200) String name, @Schema(maxLength = 200) String issuer,
                                @Nullable LocalDate expiresOn, boolean expired) {
    }

    @Serdeable
    public record DecisionUnit(UUID id, @Schema(maxLength = 200) String name,
                               @ArraySchema(maxItems = 50, schema = @Schema(maxLength = 8)) List<String> categories,
                               @Nullable @Schema(maximum = "999999999999.99", minimum = "0") BigDecimal thresholdCad,
                               @ArraySchema(maxItems = 3, schema = @Schema(maxLength = 20)) List<String> methods,
                               @Nullable @Schema(maxLength = 2000) String calendarNotes) {
    }

    @Serdeable
    public record Commitment(@Nullable @Schema(minimum = "0", maximum = "100000") Integer contracts,
                             @Nullable @Schema(minimum = "0", maximum = "999999999999.99") BigDecimal valueCad) {
    }

    @Serdeable
    public record Membership(UUID pilotId, LocalDate joinedOn) {
    }
}
