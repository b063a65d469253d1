package org.maillage.web.supplier;

import org.junit.jupiter.api.Test;
import org.maillage.web.site.Language;
import org.maillage.web.site.Page;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What a supplier reads after the deadline, from the opportunity's status and its own response's. */
class OutcomesTest {

    private static final Page FR = new Page(Language.FR, "/", null, "", "t");
    private static final Page EN = new Page(Language.EN, "/", null, "", "t");

    @Test
    void aResponseNotRetainedSaysTheBuyersReason() {
        assertThat(Outcome.words(opportunity("CLOSED", null), response("REJECTED", "Prix au-dessus du budget"), FR))
                .isEqualTo("Votre réponse n'a pas été retenue. Raison de l'acheteur : Prix au-dessus du budget");
        assertThat(Outcome.words(opportunity("CLOSED", null), response("REJECTED", "Over budget"), EN))
                .isEqualTo("Your response was not retained. The buyer's reason: Over budget");
    }

    @Test
    void eachStageOfTheBuyersDecisionIsSaid() {
        assertThat(Outcome.words(opportunity("CLOSED", null), response("SUBMITTED", null), FR)).contains("pas encore décidé");
        assertThat(Outcome.words(opportunity("CLOSED", null), response("SHORTLISTED", null), FR)).contains("retenue pour la suite");
        assertThat(Outcome.words(opportunity("AWARDED", null), response("AWARDED", null), FR)).contains("adjugé à votre entreprise");
        assertThat(Outcome.words(opportunity("AWARDED", null), response("SHORTLISTED", null), FR)).contains("une autre entreprise");
        assertThat(Outcome.words(opportunity("UNSUCCESSFUL", "Budget retiré"), response("SUBMITTED", null), FR))
                .contains("n'a pas eu de suite : Budget retiré");
        assertThat(Outcome.words(opportunity("CANCELLED", "Besoin couvert"), null, FR)).contains("annulé : Besoin couvert");
        assertThat(Outcome.words(opportunity("CLOSED", null), response("WITHDRAWN", null), FR)).contains("retiré votre réponse");
        assertThat(Outcome.words(opportunity("AWARDED", null), null, EN)).isEqualTo("Your enterprise did not respond to this opportunity.");
    }

    @Test
    void aResponseTheBuyerNeverRuledOnTakesTheCallsOutcomeAsItsStatus() {
        assertThat(Outcome.status(opportunity("AWARDED", null), response("SUBMITTED", null), FR)).startsWith("Non retenue");
        assertThat(Outcome.status(opportunity("AWARDED", null), response("SHORTLISTED", null), EN)).startsWith("Not retained");
        assertThat(Outcome.status(opportunity("AWARDED", null), response("AWARDED", null), FR)).isEqualTo("Adjugée à votre entreprise");
        assertThat(Outcome.status(opportunity("UNSUCCESSFUL", "Budget retiré"), response("SUBMITTED", null), FR)).isEqualTo("Appel sans suite");
        assertThat(Outcome.status(opportunity("CANCELLED", "Besoin couvert"), response("SHORTLISTED", null), FR)).isEqualTo("Appel annulé");
        // before the buyer decides, the response's own status stands
        assertThat(Outcome.status(opportunity("CLOSED", null), response("SUBMITTED", null), FR)).isEqualTo("Soumise");
        assertThat(Outcome.status(opportunity("AWARDED", null), response("WITHDRAWN", null), FR)).isEqualTo("Retirée");
    }

    private static SupplierApi.Opportunity opportunity(String status, String reason) {
        return new SupplierApi.Opportunity(UUID.randomUUID(), UUID.randomUUID(), "INSTITUTION", "Traiteur", null, null, null, List.of("90100000"),
                List.of("06"), "INVITATION", null, null, false, Instant.parse("2026-03-10T16:00:00Z"), List.of(), status, reason, List.of(),
                Instant.parse("2026-02-02T00:00:00Z"), null, null, null);
    }

    private static SupplierApi.Response response(String status, String reason) {
        Instant at = Instant.parse("2026-03-01T12:00:00Z");
        return new SupplierApi.Response(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), new BigDecimal("1000"), "Offre", List.of(),
                List.of(), List.of(), status, at, at, reason);
    }
}
