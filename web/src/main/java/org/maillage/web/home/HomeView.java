package org.maillage.web.home;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The front page: each pilot's headline results, and its institutions' contracts for the chart and its table. */
public record HomeView(List<PilotResults> pilots) {

    public record PilotResults(UUID id, String name, LocalDate startsOn, LocalDate endsOn,
                               long institutionsWithContract, long institutions, long contracts, BigDecimal valueCad,
                               long firstContacts, long introduced, List<InstitutionRow> institutionsRows) {
    }

    public record InstitutionRow(String name, long contracts, BigDecimal valueCad) {
    }
}
