package org.maillage.directory.organization;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import io.swagger.v3.oas.annotations.media.Schema;

/** The code lists the forms accept, and the small parts forms share. */
final class Forms {

    static final String LEGAL_FORMS = "WORKER_COOP|CONSUMER_COOP|PRODUCER_COOP|SOLIDARITY_COOP|NON_PROFIT|WORK_INTEGRATION|OTHER_SOCIAL_ECONOMY";
    static final String INSTITUTION_TYPES = "MUNICIPALITY|SCHOOL_SERVICE_CENTRE|HEALTH_SOCIAL_SERVICES|COLLEGE|UNIVERSITY|HOUSING_OFFICE|OTHER_PUBLIC_BODY";
    static final String METHODS = "DIRECT_AWARD|INVITATION|PUBLIC_CALL";
    static final String SIZE_BANDS = "1-9|10-49|50-99|100\\+";
    static final String WEBSITE = "https?://\\S+";

    private Forms() {
    }
}

/** A recognition or certification, with who granted it and until when. */
@Serdeable
record CertificationForm(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 200) String issuer,
        @Nullable LocalDate expiresOn) {
}

/** A part of an institution that buys on its own. */
@Schema(example = "{\"name\": \"Service alimentaire\", \"categories\": [\"90100000\", \"50190000\"], \"thresholdCad\": 25000, \"methods\": [\"DIRECT_AWARD\", \"INVITATION\"], \"calendarNotes\": \"Menus fixés en juin pour l annee scolaire\"}")
@Serdeable
record DecisionUnitForm(
        @NotBlank @Size(max = 200) String name,
        @Nullable @Size(max = 50) List<@NotBlank @Size(max = 8) String> categories,
        @Nullable @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal thresholdCad,
        @Nullable @Size(max = 3) List<@Size(max = 20) @Pattern(regexp = Forms.METHODS, message = "must be one of " + Forms.METHODS) String> methods,
        @Nullable @Size(max = 2000) String calendarNotes) {
}
