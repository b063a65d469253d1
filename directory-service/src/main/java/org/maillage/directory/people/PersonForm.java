package org.maillage.directory.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.UUID;
import io.swagger.v3.oas.annotations.media.Schema;

/** A contact person: who to call in an organization, and in which decision unit. */
@Schema(example = "{\"name\": \"Sophie Tremblay\", \"title\": \"Agente d'approvisionnement\", \"email\": \"sophie.tremblay@ville.example\", \"phone\": \"514 555-0142\", \"language\": \"fr\", \"decisionUnitId\": \"5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d\"}")
@Serdeable
public record PersonForm(
        @NotBlank @Size(max = 200) String name,
        @Nullable @Size(max = 200) String title,
        @Nullable @Size(max = 254) @Email(message = "must be a valid email address / courriel invalide") String email,
        @Nullable @Size(max = 40) @Pattern(regexp = "[0-9+() .-]{7,40}", message = "must be a phone number / numéro invalide") String phone,
        @Nullable @Size(max = 2) @Pattern(regexp = "fr|en", message = "must be fr or en") String language,
        @Nullable UUID decisionUnitId) {
}
