package org.maillage.contracts.contact;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import io.swagger.v3.oas.annotations.media.Schema;

/** What happened next: the outcome, the next step and when to follow up. Absent fields are cleared. */
@Schema(example = "{\"outcome\": \"Menu envoyé\", \"nextStep\": \"Rencontre au service alimentaire\", \"followUpOn\": \"2014-04-17\"}")
@Serdeable
public record FollowUpForm(@Nullable @Size(max = 2000) String outcome,
                           @Nullable @Size(max = 2000) String nextStep,
                           @Nullable LocalDate followUpOn) {
}
