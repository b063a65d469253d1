package org.maillage.contracts.question;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.media.Schema;

/** Bodies of the question endpoints. */
final class QuestionForms {

    private QuestionForms() {
    }

    @Schema(example = "{\"question\": \"Les repas végétariens sont-ils acceptés ? / Are vegetarian meals accepted?\"}")

    @Serdeable
    record Ask(@NotBlank @Size(max = 4000) String question) {
    }

    @Schema(example = "{\"answer\": \"Oui, au moins le tiers des repas / Yes, at least a third of the meals\"}")

    @Serdeable
    record Answer(@NotBlank @Size(max = 8000) String answer) {
    }
}
