package org.maillage.web.home;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The front page: each pilot's headline results, and its institutions' contracts for the chart and its table. */
public record HomeView(List<PilotResults> pilots) {

    /**
     * @param from       first month the figures count, as the API answered
     * @param to         last month the figures count
     * @param ended      whether the pilot's last day is past (else the figures run to this month)
     * @param sinceStart for an ended pilot, the figures from its start to this month
     */
    public record PilotResults(UUID id, String name, LocalDate startsOn, LocalDate endsOn, String from, String to, boolean ended,
                               long institutionsWithContract, long institutions, long contracts, BigDecimal valueCad,
                               long firstContacts, long introduced, List<InstitutionRow> institutionsRows,
                               @Nullable SinceStart sinceStart) {
    }

    public record InstitutionRow(String name, long contracts, BigDecimal valueCad) {
    }

    /** @param more whether these figures differ from the pilot's period's (contracts signed after it) */
    public record SinceStart(String from, String to, long contracts, BigDecimal valueCad, boolean more) {
    }
}
