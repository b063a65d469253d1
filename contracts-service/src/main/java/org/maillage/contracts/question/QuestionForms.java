package org.maillage.contracts.question;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Bodies of the question endpoints. */
final class QuestionForms {

    private QuestionForms() {
    }

    @Serdeable
    record Ask(@NotBlank @Size(max = 4000) String question) {
    }

    @Serdeable
    record Answer(@NotBlank @Size(max = 8000) String answer) {
    }
}
