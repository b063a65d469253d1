package org.maillage.web.contact;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** GET and POST /api/contacts, GET /api/contacts/{id} with its chain, and the decision units of an institution. */
final class ContactApi {

    static final List<String> CHANNELS = List.of("MEETING", "PHONE", "EMAIL", "EVENT", "SITE_VISIT", "PILOT_ACTIVITY");

    private ContactApi() {
    }

    @Serdeable
    record Contact(UUID id, @Nullable UUID pilotId, UUID enterpriseId, String enterpriseName, UUID counterpartId, String counterpartName,
                   String counterpartKind, @Nullable UUID decisionUnitId, LocalDate occurredOn, String channel, UUID initiatedBy,
                   String summary, @Nullable String outcome, @Nullable String nextStep, @Nullable LocalDate followUpOn,
                   @Nullable UUID introducedByContactId, boolean firstContact, @Nullable List<Link> chain, @Nullable List<Link> ledTo) {
    }

    @Serdeable
    record Link(UUID id, LocalDate occurredOn, UUID enterpriseId, UUID counterpartId) {
    }

    @Serdeable
    record NewContact(UUID enterpriseId, UUID counterpartId, @Nullable UUID decisionUnitId, LocalDate occurredOn, String channel,
                      UUID initiatedBy, String summary, @Nullable String nextStep, @Nullable LocalDate followUpOn,
                      @Nullable UUID introducedByContactId) {
    }

    @Serdeable
    record Institution(UUID id, @Nullable List<Unit> decisionUnits) {
    }

    @Serdeable
    record Unit(UUID id, String name, @Nullable BigDecimal thresholdCad) {
    }
}
