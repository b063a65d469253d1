package org.maillage.contracts.api.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.UUID;

/** Awarding a call to one of its responses (POST /api/opportunities/{id}/award): the contract's dates when known. */
@Schema(example = "{\"responseId\": \"3f2b8c1e-5d7a-4c1b-9e0f-2a6b7c8d9e01\", \"startsOn\": \"2027-03-01\", \"endsOn\": \"2028-02-29\"}")
@Serdeable
public record AwardForm(@NotNull UUID responseId, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn) {
}
