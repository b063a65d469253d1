package org.maillage.contracts.contact;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One interaction, as a party (or the pilot's coordinator) logs it. Whether it is the pair's first contact
 * is not asked: it is derived from the dates.
 *
 * @param enterpriseId          the enterprise of the pair
 * @param counterpartId         an institution, or another enterprise
 * @param initiatedBy           which of the two took the first step
 * @param introducedByContactId the earlier contact that led to this one
 * @param introducedByPersonId  the person (from the directory) who made the introduction
 * @param pilotId               the pilot it belongs to; by default the one pilot both take part in
 */
@Schema(example = "{\"enterpriseId\": \"3f2b8c1e-5d7a-4c1b-9e0f-2a6b7c8d9e01\", \"counterpartId\": \"9b1d4f7a-2c3e-4a5b-8c6d-7e8f9a0b1c2d\", \"decisionUnitId\": \"5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d\", \"occurredOn\": \"2014-03-20\", \"channel\": \"PILOT_ACTIVITY\", \"initiatedBy\": \"3f2b8c1e-5d7a-4c1b-9e0f-2a6b7c8d9e01\", \"summary\": \"Premier contact au déjeuner-causerie du pilote\", \"nextStep\": \"Envoyer le menu et les prix\", \"followUpOn\": \"2014-04-03\", \"pilotId\": \"6d6f6e74-7265-4061-8000-000000002014\"}")
@Serdeable
public record ContactForm(
        @NotNull UUID enterpriseId,
        @NotNull UUID counterpartId,
        @Nullable UUID decisionUnitId,
        @Nullable @Size(max = 20) List<@NotNull UUID> personIds,
        @NotNull LocalDate occurredOn,
        @NotNull @Size(max = 20) @Pattern(regexp = Channels.PATTERN, message = Channels.MESSAGE) String channel,
        @NotNull UUID initiatedBy,
        @NotBlank @Size(max = 4000) String summary,
        @Nullable @Size(max = 2000) String outcome,
        @Nullable @Size(max = 2000) String nextStep,
        @Nullable LocalDate followUpOn,
        @Nullable UUID introducedByContactId,
        @Nullable UUID introducedByPersonId,
        @Nullable UUID pilotId) {

    public ContactForm {
        personIds = personIds == null ? List.of() : personIds;
    }

    /** The ways two organizations meet, as the pilot's committee counts them. */
    static final class Channels {
        static final String PATTERN = "MEETING|PHONE|EMAIL|EVENT|SITE_VISIT|PILOT_ACTIVITY";
        static final String MESSAGE = "must be MEETING, PHONE, EMAIL, EVENT, SITE_VISIT or PILOT_ACTIVITY";

        private Channels() {
        }
    }
}
