package org.maillage.notification.message;

import org.junit.jupiter.api.Test;
import org.maillage.notification.MailSettings;
import org.maillage.notification.delivery.Kind;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What a message says, without a framework: language, deadline in Montréal time, escaping, the sender, the links. */
class MessageRendererTest {

    private final MessageRenderer renderer = new MessageRenderer(settings());
    private final UUID id = UUID.randomUUID();

    @Test
    void theDeadlineIsInMontrealTimeAndSaysSoInEachLanguage() {
        Texts fr = Texts.of("fr");
        assertThat(fr.deadline(Instant.parse("2027-02-15T17:00:00Z"))).isEqualTo("15 février 2027 à 12 h 00 (heure de Montréal)");
        // summer time: UTC-4
        assertThat(fr.deadline(Instant.parse("2027-07-02T13:30:00Z"))).isEqualTo("2 juillet 2027 à 9 h 30 (heure de Montréal)");
        assertThat(Texts.of("en").deadline(Instant.parse("2027-02-15T17:00:00Z"))).startsWith("February 15, 2027 at 12:00").endsWith("(Montréal time)");
        assertThat(Texts.of("de").language()).isEqualTo("fr");
        // French writes the first of the month "1er"
        assertThat(fr.deadline(Instant.parse("2027-02-01T17:00:00Z"))).isEqualTo("1er février 2027 à 12 h 00 (heure de Montréal)");
        assertThat(Texts.of("en").deadline(Instant.parse("2027-02-01T17:00:00Z"))).startsWith("February 1, 2027");
    }

    @Test
    void dollarsAreWrittenAsQuebecWritesThemAndCategoriesByTheirLabel() {
        assertThat(Texts.of("fr").money(new java.math.BigDecimal("75000"))).matches("75[\\s\\u00a0\\u202f]000,00[\\s\\u00a0\\u202f]\\$");
        assertThat(Texts.of("en").money(new java.math.BigDecimal("75000"))).isEqualTo("$75,000.00");
        assertThat(Texts.of("fr").category("90100000")).isEqualTo("Restauration et traiteurs");
        assertThat(Texts.of("en").category("90100000")).isEqualTo("Restaurants and catering");
        assertThat(Texts.of("fr").category("traiteur")).as("a code this service has no label for").isEqualTo("traiteur");
    }

    @Test
    void eachBiddersOutcomeHasItsOwnWordsAndNoDeadline() {
        OpportunityItem o = OpportunityItem.of(id, "Repas", "Meals", Instant.parse("2027-02-15T17:00:00Z"), "AWARDED", null);
        String u = "https://maillage.example/u?token=a.b";
        Email won = renderer.renderOutcome("fr", o, new Outcome("WON", null, "AWARDED", null), u);
        assertThat(won.subject()).isEqualTo("Votre réponse est retenue : Repas");
        assertThat(won.text()).contains("https://maillage.example/supplier/contracts").doesNotContain("Date limite");
        Email rejected = renderer.renderOutcome("en", o, new Outcome("REJECTED", "Too late", "AWARDED", null), u);
        assertThat(rejected.text()).contains("Reason given by the buyer: Too late").contains("The contract was awarded to another enterprise.")
                .contains("https://maillage.example/supplier/opportunities/" + id);
        Email none = renderer.renderOutcome("fr", o, new Outcome("NOT_RETAINED", null, "UNSUCCESSFUL", "Budget retiré"), u);
        assertThat(none.subject()).isEqualTo("Occasion terminée sans contrat : Repas");
        assertThat(none.text()).contains("Raison donnée pour ne pas attribuer de contrat : Budget retiré");
        Email decisionOnly = renderer.renderOutcome("fr", o, null, u);
        assertThat(decisionOnly.subject()).isEqualTo("Résultat de l'occasion : Repas");
        assertThat(decisionOnly.text()).contains("a été attribuée").doesNotContain("Date limite");
    }

    @Test
    void aTitleCannotInjectMarkupAndTheOtherLanguageStandsInForAMissingTitle() {
        OpportunityItem o = OpportunityItem.of(id, "<script>alert(1)</script> & co", null, Instant.parse("2027-02-15T17:00:00Z"), "PUBLISHED", null);
        Email fr = renderer.render(Kind.MATCHED, "fr", List.of(o), "https://maillage.example/u?token=a.b");
        assertThat(fr.html()).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co");
        Email en = renderer.render(Kind.MATCHED, "en", List.of(o), "https://maillage.example/u?token=a.b");
        assertThat(en.subject()).isEqualTo("New business opportunity: <script>alert(1)</script> & co");
    }

    @Test
    void everyMessageNamesItsSenderWithAPostalAddressAndCarriesItsUnsubscribeLink() {
        OpportunityItem o = OpportunityItem.of(id, "Déménagement", "Moving", Instant.parse("2027-02-15T17:00:00Z"), "CANCELLED", "Budget retiré");
        Email email = renderer.render(Kind.CANCELLED, "fr", List.of(o), "https://maillage.example/u?token=a.b");
        assertThat(email.subject()).isEqualTo("Occasion annulée : Déménagement");
        assertThat(email.text()).contains("Raison donnée : Budget retiré").contains("https://maillage.example/opportunities/" + id)
                .contains("Envoyé par Maillage, 1 rue de l'Essai, Montréal (Québec) H2X 1X1. Pour nous joindre : aide@maillage.example")
                .contains("https://maillage.example/u?token=a.b");
        assertThat(email.html()).startsWith("<!DOCTYPE html>\n<html lang=\"fr\">").contains("<h1>Une occasion qui vous intéresse a été annulée</h1>")
                .contains("<a href=\"https://maillage.example/u?token=a.b\">Ne plus recevoir ce type de message</a>");
    }

    @Test
    void aDigestListsEachOpportunityUnderItsOwnHeading() {
        List<OpportunityItem> items = List.of(
                OpportunityItem.of(UUID.randomUUID(), "Un", "One", Instant.parse("2027-02-15T17:00:00Z"), "PUBLISHED", null),
                OpportunityItem.of(UUID.randomUUID(), "Deux", "Two", Instant.parse("2027-03-15T16:00:00Z"), "PUBLISHED", null));
        Email email = renderer.render(Kind.DIGEST, "en", items, "https://maillage.example/u?token=a.b");
        assertThat(email.subject()).isEqualTo("Your business opportunities of the day (2)");
        assertThat(email.html()).contains("<li><h2>One</h2>").contains("<li><h2>Two</h2>");
        assertThat(email.text()).contains("- One").contains("- Two").contains("March 15, 2027 at 12:00");
    }

    private static MailSettings settings() {
        MailSettings s = new MailSettings();
        s.setBaseUrl("https://maillage.example/");
        s.setPostalAddress("1 rue de l'Essai, Montréal (Québec) H2X 1X1");
        s.setContact("aide@maillage.example");
        return s;
    }
}
