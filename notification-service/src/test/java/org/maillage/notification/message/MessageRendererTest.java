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
    }

    @Test
    void aTitleCannotInjectMarkupAndTheOtherLanguageStandsInForAMissingTitle() {
        OpportunityItem o = new OpportunityItem(id, "<script>alert(1)</script> & co", null, Instant.parse("2027-02-15T17:00:00Z"), "PUBLISHED", null);
        Email fr = renderer.render(Kind.MATCHED, "fr", List.of(o), "https://maillage.example/u?token=a.b");
        assertThat(fr.html()).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co");
        Email en = renderer.render(Kind.MATCHED, "en", List.of(o), "https://maillage.example/u?token=a.b");
        assertThat(en.subject()).isEqualTo("New business opportunity: <script>alert(1)</script> & co");
    }

    @Test
    void everyMessageNamesItsSenderWithAPostalAddressAndCarriesItsUnsubscribeLink() {
        OpportunityItem o = new OpportunityItem(id, "Déménagement", "Moving", Instant.parse("2027-02-15T17:00:00Z"), "CANCELLED", "Budget retiré");
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
                new OpportunityItem(UUID.randomUUID(), "Un", "One", Instant.parse("2027-02-15T17:00:00Z"), "PUBLISHED", null),
                new OpportunityItem(UUID.randomUUID(), "Deux", "Two", Instant.parse("2027-03-15T16:00:00Z"), "PUBLISHED", null));
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
