package org.maillage.notification;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.maillage.contracts.api.ContractsTopics;
import org.maillage.contracts.api.OpportunityEventTypes;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 30, item 12: a question on a call reaches the call's contact (the buyer account with the notice's contact address),
 * or each buyer of the institution when the notice names no such contact, with the question and the way to answer it; a
 * kind each can turn off. The asker is never named.
 */
@MicronautTest(transactional = false)
class QuestionAskedMessageIT extends MailServiceIT {

    QuestionAskedMessageIT() {
        super("question-asked");
    }

    @Test
    void theContactReadsTheQuestionWithTheLinkToAnswerItAndItsColleaguesAreLeftAlone() throws Exception {
        UUID city = platform.institution();
        UUID asker = platform.enterprise(List.of("traiteur"), List.of("06"));
        Person contact = person(city, "BUYER", "fr");
        Person colleague = person(city, "BUYER", "fr");
        Person seller = person(asker, "SUPPLIER", "fr");
        UUID opportunity = published(city, "2027-02-01T17:00:00Z");

        UUID question = UUID.randomUUID();
        String asked = platform.asked(opportunity, question, asker, "Les repas végétariens sont-ils requis ?", city,
                contact.email().toUpperCase());
        platform.resend(ContractsTopics.OPPORTUNITIES, opportunity.toString(), asked, OpportunityEventTypes.QUESTION_ASKED_V2, """
                {"opportunityId":"%s","questionId":"%s","askedBy":"%s","question":"Les repas végétariens sont-ils requis ?",
                 "buyerId":"%s","contactName":null,"contactEmail":"%s","occurredAt":"2026-02-05T12:00:00Z"}"""
                .formatted(opportunity, question, asker, city, contact.email()));
        // a later event on the same partition that tells no one: once it is applied, the redelivery was too
        awaitApplied(platform.state(opportunity, city, OpportunityEventTypes.CLOSED_V1, "Traiteur du gala", "Gala catering", "CLOSED",
                null, Platform.DEADLINE));

        MimeMessage m = awaitMessages(contact.email(), 1)[0];
        assertThat(subject(m)).isEqualTo("Nouvelle question : Traiteur du gala");
        assertThat(text(m)).contains("Une entreprise a posé une question sur l'occasion « Traiteur du gala ».")
                .contains("Question : Les repas végétariens sont-ils requis ?")
                .contains("sans nommer celle qui l'a posée")
                .contains("Questions acceptées jusqu'au 1er février 2027 à 12 h 00 (heure de Montréal)")
                .contains("Répondre à la question sur Maillage").contains(BASE + "/buyer/opportunities/" + opportunity)
                .doesNotContain(asker.toString()).doesNotContain("Coop ");
        assertThat(m.getHeader("List-Unsubscribe")[0]).startsWith("<" + BASE + "/api/notifications/unsubscribe?token=");
        assertThat(Mailbox.to(smtp, contact.email())).as("a redelivered event tells no one twice").hasSize(1);
        assertThat(Mailbox.to(smtp, colleague.email())).isEmpty();
        assertThat(Mailbox.to(smtp, seller.email())).isEmpty();
    }

    @Test
    void withoutAContactAccountEachBuyerOfTheInstitutionIsToldInItsLanguageAndAnOldEventToo() throws Exception {
        UUID city = platform.institution();
        UUID asker = platform.enterprise(List.of("traiteur"), List.of("06"));
        Person french = person(city, "BUYER", "fr");
        Person english = person(city, "BUYER", "en");
        UUID opportunity = published(city, null);

        platform.asked(opportunity, UUID.randomUUID(), asker, "Livraison le samedi ?", city, "approvisionnement@ville.test");
        assertThat(subject(awaitMessages(english.email(), 1)[0])).isEqualTo("New question: Gala catering");
        assertThat(text(awaitMessages(english.email(), 1)[0])).contains("Question: Livraison le samedi ?")
                .contains("Deadline: February 15, 2027 at 12:00");
        assertThat(subject(awaitMessages(french.email(), 1)[0])).isEqualTo("Nouvelle question : Traiteur du gala");

        // a question-asked.v1 event (before contracts-service named the contact): the buyers, known from the opportunity
        platform.question(opportunity, UUID.randomUUID(), asker, "Et le dimanche ?", null);
        assertThat(text(awaitMessages(french.email(), 2)[1])).contains("Question : Et le dimanche ?");
    }

    @Test
    void aContactWhoTurnedTheKindOffIsNotWrittenToNorReplacedByColleagues() {
        UUID city = platform.institution();
        UUID asker = platform.enterprise(List.of("traiteur"), List.of("06"));
        Person contact = person(city, "BUYER", "fr");
        Person colleague = person(city, "BUYER", "fr");
        assertThat(kinds(preferences(contact))).containsOnlyKeys("QUESTION_ASKED", "DECLARED").containsEntry("QUESTION_ASKED", true);
        assertThat(kinds(put(contact, "{\"kinds\":{\"QUESTION_ASKED\":false}}"))).containsEntry("QUESTION_ASKED", false);
        UUID opportunity = published(city, null);

        awaitApplied(platform.asked(opportunity, UUID.randomUUID(), asker, "Allergies ?", city, contact.email()));
        assertThat(count("select count(*) from outgoing_message where opportunity_id = '" + opportunity + "'")).isZero();
        assertThat(Mailbox.to(smtp, contact.email())).isEmpty();
        assertThat(Mailbox.to(smtp, colleague.email())).isEmpty();
    }

    private UUID published(UUID buyer, String questionDeadline) {
        UUID opportunity = UUID.randomUUID();
        awaitApplied(platform.publish(opportunity, buyer, "Traiteur du gala", "Gala catering", List.of("90100000"), "null", questionDeadline,
                List.of()));
        return opportunity;
    }
}
