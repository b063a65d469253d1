package org.maillage.notification;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.maillage.notification.digest.Digests;
import org.maillage.notification.message.Texts;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 30, item 14: the new-call alert, and each call a digest lists, say who buys, in which categories (labelled in the
 * reader's language), the estimated value when the buyer made it public, and until when questions are taken (Montréal time,
 * in words), besides the title and deadline.
 */
@MicronautTest(transactional = false)
class AlertDetailsIT extends MailServiceIT {

    /** Any space a currency format may put between digits and before the sign (French uses a narrow no-break space). */
    private static final String SP = "[\\s\\u00a0\\u202f]";

    @Inject
    Digests digests;

    AlertDetailsIT() {
        super("alert-details");
    }

    @Test
    void theAlertNamesTheBuyerTheCategoriesTheValueAndTheQuestionDeadlineInTheReadersLanguage() throws Exception {
        UUID city = platform.organization("INSTITUTION", "Ville de Montréal", "ACTIVE", List.of());
        UUID coop = platform.enterprise(List.of("90100000"), List.of("06"));
        Person fr = person(coop, "SUPPLIER", "fr");
        Person en = person(coop, "SUPPLIER", "en");
        put(fr, "{\"alertsConsent\":true}");
        put(en, "{\"alertsConsent\":true}");
        await(city);

        UUID opportunity = UUID.randomUUID();
        platform.publish(opportunity, city, "Traiteur pour le centre de jour", "Day centre catering", List.of("90100000", "76110000"),
                "75000.00", "2027-02-01T17:00:00Z", List.of(coop));

        String french = text(awaitMessages(fr.email(), 1)[0]);
        assertThat(french).contains("Acheteur : Ville de Montréal")
                .contains("Catégories : Restauration et traiteurs, Nettoyage et conciergerie")
                .containsPattern("Valeur estimée : 75" + SP + "000,00" + SP + "\\$ avant taxes")
                .contains("Questions acceptées jusqu'au 1er février 2027 à 12 h 00 (heure de Montréal)")
                .contains("Date limite : 15 février 2027 à 12 h 00 (heure de Montréal)");
        MimeMessage english = awaitMessages(en.email(), 1)[0];
        assertThat(text(english)).contains("Buyer: Ville de Montréal")
                .contains("Categories: Restaurants and catering, Cleaning and janitorial services")
                .contains("Estimated value: $75,000.00 before taxes")
                .contains("Questions accepted until February 1, 2027 at 12:00").contains("Deadline: February 15, 2027 at 12:00");
        assertThat(Mailbox.part(english, "text/html")).contains("<p>Buyer: Ville de Montréal</p>");
    }

    @Test
    void aWithheldValueAndAnAbsentQuestionDeadlineAreNotMentioned() throws Exception {
        UUID city = platform.organization("INSTITUTION", "Collège Ahuntsic", "ACTIVE", List.of());
        UUID coop = platform.enterprise(List.of("90100000"), List.of("06"));
        Person p = person(coop, "SUPPLIER", "fr");
        put(p, "{\"alertsConsent\":true}");
        await(city);

        platform.publish(UUID.randomUUID(), city, "Cafétéria", "Cafeteria", List.of("90100000"), "null", null, List.of(coop));

        assertThat(text(awaitMessages(p.email(), 1)[0])).contains("Acheteur : Collège Ahuntsic").contains("Catégories : Restauration et traiteurs")
                .doesNotContain("Valeur estimée").doesNotContain("Questions acceptées").contains("Date limite : 15 février 2027");
    }

    @Test
    void eachCallOfTheDigestSaysAsMuch() throws Exception {
        UUID city = platform.organization("INSTITUTION", "CHUM", "ACTIVE", List.of());
        UUID coop = platform.enterprise(List.of("90100000"), List.of("06"));
        Person p = person(coop, "SUPPLIER", "fr");
        put(p, "{\"alertsConsent\":true,\"delivery\":\"DIGEST\",\"digestHour\":0}");
        await(city);
        awaitApplied(platform.publish(UUID.randomUUID(), city, "Repas des patients", "Patients' meals", List.of("90100000"), "120000",
                "2027-02-10T17:00:00Z", List.of(coop)));
        awaitApplied(platform.publish(UUID.randomUUID(), city, "Collations", "Snacks", List.of("90100000", "50190000"), "null", null,
                List.of(coop)));

        digests.runDue(LocalDate.now(Texts.MONTREAL).atStartOfDay(Texts.MONTREAL).plusHours(1).toInstant());
        String digest = text(awaitMessages(p.email(), 1)[0]);
        assertThat(digest).contains("- Repas des patients").contains("- Collations").contains("Acheteur : CHUM")
                .contains("Catégories : Restauration et traiteurs, Aliments préparés et conservés")
                .containsPattern("Valeur estimée : 120" + SP + "000,00" + SP + "\\$ avant taxes")
                .contains("Questions acceptées jusqu'au 10 février 2027 à 12 h 00 (heure de Montréal)");
    }

    private void await(UUID organization) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> count("select count(*) from organization where id = '" + organization + "'") == 1);
    }
}
