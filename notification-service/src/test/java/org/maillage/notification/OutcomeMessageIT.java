package org.maillage.notification;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.maillage.contracts.api.OpportunityEventTypes;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 30, item 13: after the buyer's decision each bidder reads its own outcome (won, rejected with the buyer's reason,
 * not retained, or no contract at all) with what happens next, once, and no deadline line (it has passed).
 */
@MicronautTest(transactional = false)
class OutcomeMessageIT extends MailServiceIT {

    OutcomeMessageIT() {
        super("outcomes");
    }

    @Test
    void anAwardTellsTheWinnerTheRejectedAndTheNotRetainedEachTheirOwnOutcomeOnce() throws Exception {
        UUID city = platform.institution();
        UUID won = platform.enterprise(List.of("traiteur"), List.of("06"));
        UUID rejected = platform.enterprise(List.of("traiteur"), List.of("06"));
        UUID standing = platform.enterprise(List.of("traiteur"), List.of("06"));
        Person winner = person(won, "SUPPLIER", "fr");
        Person loser = person(rejected, "SUPPLIER", "en");
        Person other = person(standing, "SUPPLIER", "fr");
        UUID opportunity = UUID.randomUUID();
        platform.state(opportunity, city, OpportunityEventTypes.PUBLISHED_V1, "Repas des aînés", "Seniors' meals", "PUBLISHED", null,
                Platform.DEADLINE);
        for (UUID e : List.of(won, rejected, standing)) {
            platform.response(opportunity, e);
        }

        platform.outcome(opportunity, "AWARDED", null, List.of(won + ":WON", rejected + ":REJECTED:Aucune cuisine certifiée",
                standing + ":NOT_RETAINED"));
        // the state event contracts-service publishes right after: it must not tell anyone a second time
        awaitApplied(platform.state(opportunity, city, OpportunityEventTypes.AWARDED_V1, "Repas des aînés", "Seniors' meals", "AWARDED",
                null, Platform.DEADLINE));

        MimeMessage toWinner = awaitMessages(winner.email(), 1)[0];
        assertThat(subject(toWinner)).isEqualTo("Votre réponse est retenue : Repas des aînés");
        assertThat(text(toWinner)).contains("Le contrat est attribué à votre entreprise")
                .contains("L'acheteur a retenu la réponse de votre entreprise à l'occasion « Repas des aînés » : le contrat vous est attribué.")
                .contains("Et maintenant : l'acheteur communiquera avec vous").contains(BASE + "/supplier/contracts")
                .doesNotContain("Date limite");
        assertThat(toWinner.getHeader("List-Unsubscribe")[0]).startsWith("<" + BASE + "/api/notifications/unsubscribe?token=");

        MimeMessage toRejected = awaitMessages(loser.email(), 1)[0];
        assertThat(subject(toRejected)).isEqualTo("Your response was rejected: Seniors' meals");
        assertThat(text(toRejected)).contains("The buyer rejected your enterprise's response to the opportunity \"Seniors' meals\".")
                .contains("Reason given by the buyer: Aucune cuisine certifiée")
                .contains("The contract was awarded to another enterprise.")
                .contains("What happens next: nothing to do on your side.")
                .contains(BASE + "/supplier/opportunities/" + opportunity).doesNotContain("Deadline");
        assertThat(Mailbox.part(toRejected, "text/html")).contains("<html lang=\"en\">").contains("<h1>The buyer rejected your response</h1>");

        MimeMessage toOther = awaitMessages(other.email(), 1)[0];
        assertThat(subject(toOther)).isEqualTo("Votre réponse n'est pas retenue : Repas des aînés");
        assertThat(text(toOther)).contains("à une autre entreprise : la réponse de votre entreprise n'a pas été retenue.")
                .contains("écrivez à la personne-ressource indiquée dans l'avis").doesNotContain("Raison").doesNotContain("Date limite");

        for (Person p : List.of(winner, loser, other)) {
            assertThat(Mailbox.to(smtp, p.email())).as(p.email()).hasSize(1);
        }
    }

    @Test
    void anOpportunityEndedWithoutContractSaysWhyToEachAndTheRejectedReadsItsOwnReasonToo() throws Exception {
        UUID city = platform.institution();
        UUID rejected = platform.enterprise(List.of("traiteur"), List.of("06"));
        UUID standing = platform.enterprise(List.of("traiteur"), List.of("06"));
        Person set = person(rejected, "SUPPLIER", "fr");
        Person stood = person(standing, "SUPPLIER", "fr");
        UUID opportunity = UUID.randomUUID();
        platform.state(opportunity, city, OpportunityEventTypes.PUBLISHED_V1, "Buffet", "Buffet", "PUBLISHED", null, Platform.DEADLINE);
        platform.response(opportunity, rejected);
        platform.response(opportunity, standing);

        platform.outcome(opportunity, "UNSUCCESSFUL", "Budget retiré", List.of(rejected + ":REJECTED:Prix au-dessus du budget",
                standing + ":NOT_RETAINED"));
        awaitApplied(platform.state(opportunity, city, OpportunityEventTypes.UNSUCCESSFUL_V1, "Buffet", "Buffet", "UNSUCCESSFUL",
                "Budget retiré", Platform.DEADLINE));

        MimeMessage toStood = awaitMessages(stood.email(), 1)[0];
        assertThat(subject(toStood)).isEqualTo("Occasion terminée sans contrat : Buffet");
        assertThat(text(toStood)).contains("L'acheteur a mis fin à l'occasion « Buffet » sans attribuer de contrat")
                .contains("Raison donnée pour ne pas attribuer de contrat : Budget retiré")
                .contains("Si l'acheteur lance un nouvel appel").doesNotContain("Date limite");

        MimeMessage toSet = awaitMessages(set.email(), 1)[0];
        assertThat(subject(toSet)).isEqualTo("Votre réponse est rejetée : Buffet");
        assertThat(text(toSet)).contains("Raison donnée par l'acheteur : Prix au-dessus du budget")
                .contains("L'occasion s'est ensuite terminée sans attribution de contrat.")
                .contains("Raison donnée pour ne pas attribuer de contrat : Budget retiré");
        assertThat(Mailbox.to(smtp, set.email())).hasSize(1);
        assertThat(Mailbox.to(smtp, stood.email())).hasSize(1);
    }

    @Test
    void aDecisionAnnouncedWithoutOutcomeEventStillTellsTheRespondersTheDecisionWithoutADeadline() throws Exception {
        UUID city = platform.institution();
        UUID responder = platform.enterprise(List.of("traiteur"), List.of("06"));
        Person p = person(responder, "SUPPLIER", "fr");
        UUID opportunity = UUID.randomUUID();
        platform.state(opportunity, city, OpportunityEventTypes.PUBLISHED_V1, "Collations", "Snacks", "PUBLISHED", null, Platform.DEADLINE);
        platform.response(opportunity, responder);
        // as a contracts-service older than outcome.v1 announced it: the state alone
        awaitApplied(platform.state(opportunity, city, OpportunityEventTypes.AWARDED_V1, "Collations", "Snacks", "AWARDED", null,
                Platform.DEADLINE));

        MimeMessage m = awaitMessages(p.email(), 1)[0];
        assertThat(subject(m)).isEqualTo("Résultat de l'occasion : Collations");
        assertThat(text(m)).contains("L'occasion « Collations » a été attribuée.").doesNotContain("Date limite");
    }

    @Test
    void aBidderWhoTurnedOutcomesOffIsNotTold() {
        UUID city = platform.institution();
        UUID responder = platform.enterprise(List.of("traiteur"), List.of("06"));
        Person p = person(responder, "SUPPLIER", "fr");
        put(p, "{\"kinds\":{\"OUTCOME\":false}}");
        UUID opportunity = UUID.randomUUID();
        platform.state(opportunity, city, OpportunityEventTypes.PUBLISHED_V1, "Pains", "Bread", "PUBLISHED", null, Platform.DEADLINE);
        platform.response(opportunity, responder);
        platform.outcome(opportunity, "AWARDED", null, List.of(responder + ":WON"));
        awaitApplied(platform.state(opportunity, city, OpportunityEventTypes.AWARDED_V1, "Pains", "Bread", "AWARDED", null, Platform.DEADLINE));
        assertThat(count("select count(*) from outgoing_message where opportunity_id = '" + opportunity + "'")).isZero();
        assertThat(Mailbox.to(smtp, p.email())).isEmpty();
    }
}
