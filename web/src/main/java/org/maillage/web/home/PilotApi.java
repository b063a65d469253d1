package org.maillage.web.home;

import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The parts of GET /api/pilots and GET /api/reports/pilots/{id}/dashboard the front page reads. */
final class PilotApi {

    private PilotApi() {
    }

    @Serdeable
    record Pilot(UUID id, String name, LocalDate startsOn, LocalDate endsOn) {
    }

    @Serdeable
    record Dashboard(String from, String to, Headline headline, List<Institution> byInstitution, Contacts contacts) {
    }

    @Serdeable
    record Headline(long institutionsWithContract, long institutions, long contracts, BigDecimal valueCad) {
    }

    @Serdeable
    record Institution(String name, long contracts, BigDecimal valueCad) {
    }

    @Serdeable
    record Contacts(long firstContacts, long introduced) {
    }
}
