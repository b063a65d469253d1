package org.maillage.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.maillage.contracts.api.ContractsTopics;
import org.maillage.contracts.api.OpportunityEventTypes;
import org.maillage.directory.api.DirectoryTopics;
import org.maillage.notification.digest.Digests;
import org.maillage.notification.reminder.DeadlineReminders;
import org.maillage.notification.weekly.WeeklySummaries;
import org.maillage.testkit.Listings;
import org.maillage.testkit.ServiceUnderTest;
import org.maillage.testkit.TestInfrastructure;
import org.maillage.testkit.TestTokens;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * notification-service against a real PostgreSQL, a real Kafka broker and a real SMTP server (GreenMail): what
 * arrives, in which language, with which links and headers, and that nothing is lost or sent twice.
 */
/*
 * A context, database and topics of its own (the module has no shared one): notification-service's sender delivers
 * every message of its database to the one SMTP server it is given, and this class reads what its own server
 * (GreenMail) received, with mail settings of its own.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationIT implements TestPropertyProvider {

    private static final String BASE = "http://maillage.test";

    private final ServiceUnderTest service = ServiceUnderTest.create("notification",
            List.of(DirectoryTopics.ORGANIZATIONS, DirectoryTopics.ACCOUNTS, ContractsTopics.OPPORTUNITIES, ContractsTopics.CONTRACTS));
    private final Platform platform = new Platform(service);
    private final TestTokens tokens = TestTokens.start();
    private final ServerSetup smtpSetup = new ServerSetup(TestInfrastructure.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    private GreenMail smtp = new GreenMail(smtpSetup);

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Digests digests;

    @Inject
    DeadlineReminders reminders;

    @Inject
    WeeklySummaries weekly;

    @Override
    public Map<String, String> getProperties() {
        smtp.start();
        Map<String, String> p = new HashMap<>(service.properties());
        p.put("micronaut.security.token.jwt.signatures.jwks.maillage.url", tokens.jwksUrl());
        p.put("maillage.mail.smtp.port", String.valueOf(smtpSetup.getPort()));
        p.put("maillage.mail.base-url", BASE);
        p.put("maillage.mail.poll-ms", "100");
        p.put("maillage.mail.backoff-initial-ms", "100");
        p.put("maillage.mail.backoff-max-ms", "1000");
        p.put("maillage.mail.max-alerts-per-day", "2");
        p.put("maillage.mail.digest-every", "1h");
        return p;
    }

    @AfterAll
    void stop() {
        smtp.stop();
        tokens.close();
    }

    /** A signed-in person of an enterprise: the account the directory announced, and an access token for it. */
    private record Person(UUID account, String email, String token) {
    }

    private Person person(UUID enterprise, String language) {
        String token = tokens.token("SUPPLIER", enterprise, List.of());
        UUID account = subjectOf(token);
        String email = "p-" + account.toString().substring(0, 8) + "@coop.test";
        platform.account(account, enterprise, email, language);
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from recipient where account_id = '" + account + "'") == 1);
        return new Person(account, email, token);
    }

    private void consent(Person p, String delivery, int hour) {
        HttpResponse<Map<String, Object>> r = http.toBlocking().exchange(HttpRequest.PUT("/api/notifications/preferences", """
                {"delivery":"%s","digestHour":%d,"alertsConsent":true}""".formatted(delivery, hour)).bearerAuth(p.token()),
                Argument.mapOf(String.class, Object.class));
        assertThat(r.body()).containsEntry("alertsConsent", true);
    }

    @Test
    void matchedPeopleWhoConsentedReadTheAlertInTheirLanguageAndNoOneElse() throws Exception {
        UUID coop = platform.enterprise(List.of("traiteur"), List.of("06"));
        Person french = person(coop, "fr");
        Person english = person(coop, "en");
        Person noConsent = person(coop, "fr");
        Person otherCategory = person(coop, "fr");
        consent(french, "IMMEDIATE", 7);
        consent(english, "IMMEDIATE", 7);
        http.toBlocking().exchange(HttpRequest.PUT("/api/notifications/preferences", """
                {"categories":["imprimerie"],"delivery":"IMMEDIATE","digestHour":7,"alertsConsent":true}""").bearerAuth(otherCategory.token()));
        assertThat(preferences(noConsent)).containsEntry("alertsConsent", false);

        UUID opportunity = UUID.randomUUID();
        platform.publish(opportunity, "Traiteur pour le congrès", "Catering for the convention", List.of(coop));

        MimeMessage fr = awaitOne(french.email());
        MimeMessage en = awaitOne(english.email());
        awaitSettled();

        assertThat(fr.getSubject()).isEqualTo("Nouvelle occasion d'affaires : Traiteur pour le congrès");
        String frText = part(fr, "text/plain");
        String frHtml = part(fr, "text/html");
        assertThat(frText).contains("15 février 2027 à 12 h 00 (heure de Montréal)")
                .contains(BASE + "/opportunities/" + opportunity)
                .contains("1000, rue Sherbrooke Ouest").contains("aide@maillage.local");
        assertThat(frHtml).contains("<html lang=\"fr\">").contains("<h1>")
                .contains("<a href=\"" + BASE + "/opportunities/" + opportunity + "\">Voir l&#39;occasion")
                .contains("Ne plus recevoir ce type de message</a>");
        assertThat(fr.getHeader("List-Unsubscribe")[0]).startsWith("<" + BASE + "/api/notifications/unsubscribe?token=");
        assertThat(fr.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(fr.getMessageID()).endsWith("@notification.maillage>");

        assertThat(en.getSubject()).isEqualTo("New business opportunity: Catering for the convention");
        assertThat(part(en, "text/plain")).contains("February 15, 2027 at 12:00").contains("(Montréal time)")
                .contains("Sent by Maillage");
        assertThat(part(en, "text/html")).contains("<html lang=\"en\">").contains("See the opportunity &quot;Catering for the convention&quot; on Maillage</a>");

        assertThat(received(noConsent.email())).isEmpty();
        assertThat(received(otherCategory.email())).isEmpty();
    }

    @Test
    void aRedeliveredEventSendsNothingTwice() throws Exception {
        UUID coop = platform.enterprise(List.of("traiteur"), List.of("06"));
        Person p = person(coop, "fr");
        consent(p, "IMMEDIATE", 7);
        UUID opportunity = UUID.randomUUID();
        String matched = platform.publish(opportunity, "Repas", "Meals", List.of(coop));
        awaitOne(p.email());

        platform.resend(ContractsTopics.OPPORTUNITIES, opportunity.toString(), matched, OpportunityEventTypes.MATCHED_V1,
                Platform.matchedJson(opportunity, List.of(coop)));
        // an event after it on the same partition: once it is applied, the redelivery was too
        String marker = platform.state(opportunity, OpportunityEventTypes.CLOSED_V1, "Repas", "Meals", "CLOSED", null);
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from inbox_event where event_id = '" + marker + "'") == 1);
        awaitSettled();
        assertThat(received(p.email())).hasSize(1);
        assertThat(count("select count(*) from outgoing_message where account_id = '" + p.account() + "'")).isEqualTo(1);
    }

    @Test
    void whileTheSmtpServerIsDownMessagesWaitThenEachArrivesOnce() throws Exception {
        UUID coop = platform.enterprise(List.of("traiteur"), List.of("06"));
        List<Person> people = List.of(person(coop, "fr"), person(coop, "en"), person(coop, "fr"));
        for (Person p : people) {
            consent(p, "IMMEDIATE", 7);
        }
        smtp.stop();
        try {
            UUID opportunity = UUID.randomUUID();
            platform.publish(opportunity, "Nettoyage", "Cleaning", List.of(coop));
            await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from outgoing_message where opportunity_id = '"
                    + opportunity + "' and status = 'PENDING' and attempts > 0 and error is not null") >= 1);
            assertThat(count("select count(*) from outgoing_message where opportunity_id = '" + opportunity + "' and status = 'SENT'")).isZero();
        } finally {
            smtp = new GreenMail(smtpSetup);
            smtp.start();
        }
        for (Person p : people) {
            awaitOne(p.email());
        }
        awaitSettled();
        for (Person p : people) {
            assertThat(received(p.email())).hasSize(1);
        }
    }

    @Test
    void oneClickUnsubscribeWorksWithoutSigningIn() throws Exception {
        UUID coop = platform.enterprise(List.of("traiteur"), List.of("06"));
        Person p = person(coop, "fr");
        consent(p, "IMMEDIATE", 7);
        platform.publish(UUID.randomUUID(), "Imprimerie", "Printing", List.of(coop));
        MimeMessage alert = awaitOne(p.email());
        String link = alert.getHeader("List-Unsubscribe")[0].replaceAll("^<|>$", "");
        String path = link.substring(BASE.length());
        assertThat(part(alert, "text/html")).contains("<a href=\"" + link.replace("&", "&amp;") + "\">");

        String page = http.toBlocking().retrieve(HttpRequest.GET(path).accept(MediaType.TEXT_HTML));
        assertThat(page).contains("<html lang=\"fr\">").contains("<form method=\"post\"").contains("Me désabonner");
        assertThat(preferences(p)).containsEntry("alertsConsent", true);

        // what a mail client sends for RFC 8058 one-click
        String done = http.toBlocking().retrieve(HttpRequest.POST(path, "List-Unsubscribe=One-Click")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).accept(MediaType.TEXT_HTML));
        assertThat(done).contains("Désabonnement confirmé");
        Map<String, Object> after = preferences(p);
        assertThat(after).containsEntry("alertsConsent", false);
        assertThat(kinds(after)).containsEntry("MATCHED", false).containsEntry("OUTCOME", true);

        String forged = path.substring(0, path.length() - 3) + (path.endsWith("A") ? "BBB" : "AAA");
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().retrieve(HttpRequest.POST(forged, "List-Unsubscribe=One-Click").contentType(MediaType.APPLICATION_FORM_URLENCODED)));
        assertThat(e.getStatus().getCode()).isEqualTo(400);
        assertThat(e.getResponse().getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");

        awaitApplied(platform.publish(UUID.randomUUID(), "Imprimerie 2", "Printing 2", List.of(coop)));
        assertThat(received(p.email())).hasSize(1);
    }

    @Test
    void preferencesNeedASignedInPersonAndValidValues() {
        HttpClientResponseException anonymous = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().retrieve(HttpRequest.GET("/api/notifications/preferences")));
        assertThat(anonymous.getStatus().getCode()).isEqualTo(401);
        String token = tokens.token("SUPPLIER", UUID.randomUUID(), List.of());
        HttpClientResponseException bad = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().retrieve(HttpRequest.PUT("/api/notifications/preferences",
                        "{\"delivery\":\"HOURLY\",\"digestHour\":25,\"alertsConsent\":true}").bearerAuth(token)));
        assertThat(bad.getStatus().getCode()).isEqualTo(400);
        assertThat(bad.getResponse().getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
        assertThat(bad.getResponse().getBody(String.class).orElseThrow()).contains("delivery").contains("digestHour");
    }

    @Test
    void alertsOverTheDailyLimitAndDigestReadersGetOneDigest() throws Exception {
        UUID coop = platform.enterprise(List.of("traiteur"), List.of("06"));
        Person immediate = person(coop, "fr");
        Person digest = person(coop, "en");
        consent(immediate, "IMMEDIATE", 7);
        consent(digest, "DIGEST", 8);
        List<String> titles = List.of("Alpha", "Bravo", "Charlie");
        List<String> published = new java.util.ArrayList<>();
        for (String t : titles) {
            published.add(platform.publish(UUID.randomUUID(), t, t + " (en)", List.of(coop)));
        }
        // all three applied before counting: two alerts sent could otherwise be seen before the third event arrived
        published.forEach(this::awaitApplied);
        await().atMost(Duration.ofSeconds(30)).until(() -> received(immediate.email()).size() == 2);
        assertThat(count("select count(*) from outgoing_message where account_id = '" + immediate.account() + "' and delivery = 'DIGEST' and status = 'PENDING'")).isEqualTo(1);
        assertThat(received(digest.email())).isEmpty();

        // before the chosen hour nothing is gathered; at it, one digest each, however often the job runs
        java.time.ZonedDateTime today = LocalDate.now(org.maillage.notification.message.Texts.MONTREAL).atStartOfDay(org.maillage.notification.message.Texts.MONTREAL);
        assertThat(digestsFor(digest, today.withHour(6).toInstant())).isZero();
        digests.runDue(today.withHour(8).withMinute(30).toInstant());
        digests.runDue(today.withHour(9).toInstant());

        MimeMessage english = awaitOne(digest.email());
        assertThat(english.getSubject()).isEqualTo("Your business opportunities of the day (3)");
        assertThat(part(english, "text/plain")).contains("Alpha (en)").contains("Bravo (en)").contains("Charlie (en)");
        MimeMessage french = await().atMost(Duration.ofSeconds(30)).until(() -> received(immediate.email()), l -> l.size() == 3).get(2);
        assertThat(french.getSubject()).isEqualTo("Vos occasions d'affaires du jour (1)");
        awaitSettled();
        assertThat(received(digest.email())).hasSize(1);
    }

    @Test
    void followUpsGoToEngagedEnterprisesAndOutcomesToResponders() throws Exception {
        UUID interested = platform.enterprise(List.of("traiteur"), List.of("06"));
        UUID responder = platform.enterprise(List.of("traiteur"), List.of("06"));
        UUID bystander = platform.enterprise(List.of("traiteur"), List.of("06"));
        Person a = person(interested, "fr");
        Person b = person(responder, "en");
        Person c = person(bystander, "fr");
        UUID opportunity = UUID.randomUUID();
        platform.publish(opportunity, "Déménagement", "Moving", List.of(interested, responder, bystander));
        platform.interest(opportunity, interested);
        platform.response(opportunity, responder);
        platform.state(opportunity, OpportunityEventTypes.AMENDED_V1, "Déménagement", "Moving", "PUBLISHED", null);

        assertThat(awaitOne(a.email()).getSubject()).isEqualTo("Occasion modifiée : Déménagement");
        assertThat(awaitOne(b.email()).getSubject()).isEqualTo("Opportunity amended: Moving");

        platform.state(opportunity, OpportunityEventTypes.UNSUCCESSFUL_V1, "Déménagement", "Moving", "UNSUCCESSFUL", "Prix trop élevés");
        List<MimeMessage> toResponder = await().atMost(Duration.ofSeconds(30)).until(() -> received(b.email()), l -> l.size() == 2);
        assertThat(toResponder.get(1).getSubject()).isEqualTo("Outcome of the opportunity: Moving");
        assertThat(part(toResponder.get(1), "text/plain")).contains("ended without a contract").contains("Prix trop élevés");
        awaitSettled();
        assertThat(received(a.email())).hasSize(1);
        assertThat(received(c.email())).isEmpty();
    }

    @Test
    void anAnswerReachesTheAskerAndTheInterestedWithTheQuestionAndAnswerAndNoOneElse() throws Exception {
        UUID asker = platform.enterprise(List.of("traiteur"), List.of("06"));
        UUID interested = platform.enterprise(List.of("traiteur"), List.of("06"));
        UUID bystander = platform.enterprise(List.of("traiteur"), List.of("06"));
        Person a = person(asker, "fr");
        Person i = person(interested, "en");
        Person c = person(bystander, "fr");
        UUID opportunity = UUID.randomUUID();
        platform.publish(opportunity, "Buffet", "Buffet", List.of(asker, interested, bystander));
        platform.interest(opportunity, interested);
        UUID question = UUID.randomUUID();
        platform.question(opportunity, question, asker, "Combien de convives ?", null);
        // asking is engaging: the asker hears of the addendum like the interested enterprise
        platform.state(opportunity, OpportunityEventTypes.AMENDED_V1, "Buffet", "Buffet", "PUBLISHED", null);
        assertThat(awaitOne(a.email()).getSubject()).isEqualTo("Occasion modifiée : Buffet");

        String answered = platform.question(opportunity, question, asker, "Combien de convives ?", "Environ 120 personnes.");
        MimeMessage toAsker = await().atMost(Duration.ofSeconds(30)).until(() -> received(a.email()), l -> l.size() == 2).get(1);
        assertThat(toAsker.getSubject()).isEqualTo("Question répondue : Buffet");
        assertThat(part(toAsker, "text/plain")).contains("Question : Combien de convives ?").contains("Réponse : Environ 120 personnes.")
                .contains(BASE + "/opportunities/" + opportunity);
        MimeMessage toInterested = await().atMost(Duration.ofSeconds(30)).until(() -> received(i.email()), l -> l.size() == 2).get(1);
        assertThat(toInterested.getSubject()).isEqualTo("Question answered: Buffet");
        assertThat(part(toInterested, "text/html")).contains("Answer: Environ 120 personnes.").contains("<html lang=\"en\">");

        platform.resend(ContractsTopics.OPPORTUNITIES, opportunity.toString(), answered, OpportunityEventTypes.QUESTION_ANSWERED_V1, """
                {"opportunityId":"%s","questionId":"%s","askedBy":"%s","question":"Combien de convives ?","answer":"Environ 120 personnes.",
                 "occurredAt":"2026-02-05T12:00:00Z"}""".formatted(opportunity, question, asker));
        awaitApplied(platform.state(opportunity, OpportunityEventTypes.CLOSED_V1, "Buffet", "Buffet", "CLOSED", null));
        awaitSettled();
        assertThat(received(a.email())).hasSize(2);
        assertThat(received(i.email())).hasSize(2);
        assertThat(received(c.email())).isEmpty();
    }

    @Test
    void interestedEnterprisesThatHaveNotRespondedAreRemindedOnceWhenTheDeadlineIsNear() throws Exception {
        UUID interested = platform.enterprise(List.of("traiteur"), List.of("06"));
        UUID responder = platform.enterprise(List.of("traiteur"), List.of("06"));
        Person a = person(interested, "fr");
        Person b = person(responder, "fr");
        UUID soon = UUID.randomUUID();
        UUID later = UUID.randomUUID();
        String in30Hours = java.time.Instant.now().plus(Duration.ofHours(30)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        platform.state(soon, OpportunityEventTypes.PUBLISHED_V1, "Traiteur urgent", "Urgent catering", "PUBLISHED", null, in30Hours);
        platform.state(later, OpportunityEventTypes.PUBLISHED_V1, "Traiteur plus tard", "Later catering", "PUBLISHED", null);
        for (UUID o : List.of(soon, later)) {
            platform.interest(o, interested);
            platform.interest(o, responder);
        }
        platform.response(soon, responder);
        awaitApplied(platform.state(later, OpportunityEventTypes.AMENDED_V1, "Traiteur plus tard", "Later catering", "PUBLISHED", null));
        awaitSettled();
        int amendedOnly = received(a.email()).size();

        reminders.remind();
        reminders.remind();
        MimeMessage reminder = await().atMost(Duration.ofSeconds(30)).until(() -> received(a.email()), l -> l.size() == amendedOnly + 1)
                .get(amendedOnly);
        assertThat(reminder.getSubject()).isEqualTo("Ferme dans moins de 48 heures : Traiteur urgent");
        assertThat(part(reminder, "text/plain")).contains("n'a pas encore répondu").contains("(heure de Montréal)")
                .contains(BASE + "/opportunities/" + soon);
        reminders.remind();
        awaitSettled();
        assertThat(received(a.email())).hasSize(amendedOnly + 1);
        assertThat(received(b.email())).noneMatch(m -> subject(m).startsWith("Ferme"));
    }

    @Test
    void aDeclaredContractAsksTheOtherPartyToConfirmItOnItsContractsPage() throws Exception {
        UUID city = platform.institution();
        UUID coop = platform.enterprise(List.of("traiteur"), List.of("06"));
        Person seller = person(coop, "fr");
        UUID buyerAccount = UUID.randomUUID();
        String buyerEmail = "achats-" + buyerAccount.toString().substring(0, 8) + "@ville.test";
        platform.account(buyerAccount, city, "BUYER", buyerEmail, "en");
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from recipient where account_id = '" + buyerAccount + "'") == 1);

        UUID declared = UUID.randomUUID();
        platform.contract(declared, city, List.of(coop), coop, false);
        MimeMessage toBuyer = awaitOne(buyerEmail);
        assertThat(toBuyer.getSubject()).isEqualTo("Contract to confirm: Traiteur du gala");
        assertThat(part(toBuyer, "text/plain")).contains("Coop " + coop + " declared a contract with your organization")
                .contains("$12,345.00 before taxes").contains(BASE + "/buyer/contracts");
        assertThat(toBuyer.getHeader("List-Unsubscribe")[0]).startsWith("<" + BASE + "/api/notifications/unsubscribe?token=");

        // recorded by the city itself: confirmed on its own word, no one is asked; and the declarer is never asked
        awaitApplied(platform.contract(UUID.randomUUID(), city, List.of(coop), city, true));
        assertThat(received(buyerEmail)).hasSize(1);
        assertThat(received(seller.email())).isEmpty();

        // declared by the city with an enterprise: the enterprise's people are asked, in their language, on their page
        platform.contract(UUID.randomUUID(), city, List.of(coop), city, false);
        MimeMessage toSeller = awaitOne(seller.email());
        assertThat(toSeller.getSubject()).isEqualTo("Contrat à confirmer : Traiteur du gala");
        assertThat(part(toSeller, "text/plain")).contains("Ville " + city + " a déclaré un contrat").contains(BASE + "/supplier/contracts");
    }

    @Test
    void coordinatorsReadOnceAWeekWhatWaitsInTheirOwnPilotsAndNothingWhenNothingWaits() throws Exception {
        UUID pilot = UUID.randomUUID();
        UUID elsewhere = UUID.randomUUID();
        UUID applicant = platform.organization("ENTERPRISE", "Coop en attente", "PENDING", List.of(pilot));
        platform.organization("ENTERPRISE", "Coop d'un autre pilote", "PENDING", List.of(elsewhere));
        UUID city = platform.organization("INSTITUTION", "Ville du pilote", "ACTIVE", List.of(pilot));
        UUID coop = platform.organization("ENTERPRISE", "Coop du pilote", "ACTIVE", List.of(pilot));
        UUID otherCity = platform.organization("INSTITUTION", "Ville d'ailleurs", "ACTIVE", List.of(elsewhere));
        UUID waiting = UUID.randomUUID();
        UUID confirmedSince = UUID.randomUUID();
        platform.contract(waiting, city, List.of(coop), coop, false);
        platform.contract(confirmedSince, city, List.of(coop), coop, false);
        String inThreeDays = java.time.Instant.now().plus(Duration.ofDays(3)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        platform.state(UUID.randomUUID(), city, OpportunityEventTypes.PUBLISHED_V1, "Repas du pilote", "Pilot meals", "PUBLISHED", null, inThreeDays);
        platform.state(UUID.randomUUID(), otherCity, OpportunityEventTypes.PUBLISHED_V1, "Repas d'ailleurs", "Meals elsewhere", "PUBLISHED", null, inThreeDays);
        UUID coordinator = UUID.randomUUID();
        String email = "coord-" + coordinator.toString().substring(0, 8) + "@pilote.test";
        platform.coordinator(coordinator, List.of(pilot), email, "fr");
        UUID idle = UUID.randomUUID();
        String idleEmail = "idle-" + idle.toString().substring(0, 8) + "@pilote.test";
        platform.coordinator(idle, List.of(UUID.randomUUID()), idleEmail, "en");
        awaitApplied(platform.contract(org.maillage.contracts.api.ContractEventTypes.CONFIRMED_V1, confirmedSince, city, List.of(coop), coop, true));
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from recipient where account_id in ('"
                + coordinator + "', '" + idle + "')") == 2 && count("select count(*) from organization where id = '" + applicant + "'") == 1);

        java.time.Instant monday = java.time.Instant.now();
        weekly.write(monday);
        weekly.write(monday.plus(Duration.ofHours(1)));
        MimeMessage summary = awaitOne(email);
        assertThat(summary.getSubject()).isEqualTo("La semaine de votre projet pilote sur Maillage");
        assertThat(part(summary, "text/plain")).contains("Demandes d'adhésion qui attendent votre approbation : 1").contains("- Coop en attente")
                .contains("Contrats déclarés pas encore confirmés par l'autre partie : 1").contains("déclaré par Coop du pilote")
                .contains("Occasions qui ferment d'ici 7 jours : 1").contains("« Repas du pilote » (Ville du pilote)")
                .contains(BASE + "/coordinator").doesNotContain("autre pilote").doesNotContain("ailleurs");
        awaitSettled();
        assertThat(received(email)).hasSize(1);
        // a coordinator whose pilot has nothing waiting gets no empty message
        assertThat(received(idleEmail)).isEmpty();
        assertThat(count("select count(*) from outgoing_message where account_id = '" + idle + "' and status = 'SUPPRESSED'")).isEqualTo(1);
    }

    @Test
    void anAddressRefusedForGoodIsRecordedShownToItsCoordinatorAndGetsNoMoreAlerts() throws Exception {
        UUID pilot = UUID.randomUUID();
        UUID coop = platform.enterprise(List.of("traiteur"), List.of("06"), List.of(pilot));
        String token = tokens.token("SUPPLIER", coop, List.of());
        UUID account = subjectOf(token);
        platform.account(account, coop, "not an address", "fr");
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from recipient where account_id = '" + account + "'") == 1);
        consent(new Person(account, "not an address", token), "IMMEDIATE", 7);
        platform.publish(UUID.randomUUID(), "Un", "One", List.of(coop));
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from outgoing_message where account_id = '" + account + "' and status = 'FAILED'") == 1);
        assertThat(count("select count(*) from bounced_address where email = 'not an address'")).isEqualTo(1);

        List<Map<String, Object>> shown = Listings.items(http.toBlocking().retrieve(HttpRequest.GET("/api/notifications/failures")
                .bearerAuth(tokens.token("COORDINATOR", null, List.of(pilot))), Argument.mapOf(String.class, Object.class)));
        assertThat(shown).singleElement().satisfies(f -> assertThat(f).containsEntry("email", "not an address")
                .containsEntry("accountId", account.toString()).containsEntry("kind", "MATCHED"));
        assertThat(Listings.items(http.toBlocking().retrieve(HttpRequest.GET("/api/notifications/failures")
                .bearerAuth(tokens.token("COORDINATOR", null, List.of(UUID.randomUUID()))), Argument.mapOf(String.class, Object.class)))).isEmpty();
        HttpClientResponseException supplier = assertThrows(HttpClientResponseException.class, () -> http.toBlocking()
                .retrieve(HttpRequest.GET("/api/notifications/failures").bearerAuth(token)));
        assertThat(supplier.getStatus().getCode()).isEqualTo(403);

        awaitApplied(platform.publish(UUID.randomUUID(), "Deux", "Two", List.of(coop)));
        assertThat(count("select count(*) from outgoing_message where account_id = '" + account + "'")).isEqualTo(1);
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private int digestsFor(Person p, java.time.Instant at) throws Exception {
        digests.runDue(at);
        return count("select count(*) from outgoing_message where account_id = '" + p.account() + "' and kind = 'DIGEST'");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> kinds(Map<String, Object> preferences) {
        return (Map<String, Object>) preferences.get("kinds");
    }

    private Map<String, Object> preferences(Person p) {
        return http.toBlocking().retrieve(HttpRequest.GET("/api/notifications/preferences").bearerAuth(p.token()),
                Argument.mapOf(String.class, Object.class));
    }

    private MimeMessage awaitOne(String email) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> received(email), l -> !l.isEmpty()).get(0);
    }

    private List<MimeMessage> received(String email) throws Exception {
        List<MimeMessage> out = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(email))) {
                out.add(m);
            }
        }
        return out;
    }

    /** Every message settled: none waiting to be sent now. */
    private void awaitSettled() {
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from outgoing_message where status = 'PENDING' and delivery = 'IMMEDIATE'") == 0);
    }

    /** The event is applied (its inbox record is there) and what it asked for is sent. */
    private void awaitApplied(String eventId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from inbox_event where event_id = '" + eventId + "'") == 1);
        awaitSettled();
    }

    private static String part(MimeMessage m, String type) throws Exception {
        MimeMultipart alt = (MimeMultipart) m.getContent();
        for (int i = 0; i < alt.getCount(); i++) {
            if (alt.getBodyPart(i).isMimeType(type)) {
                return (String) alt.getBodyPart(i).getContent();
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    private int count(String sql) {
        try (Connection c = service.database().connect(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static UUID subjectOf(String jwt) {
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("\"sub\":\"([^\"]+)\"").matcher(payload);
        assertThat(m.find()).isTrue();
        return UUID.fromString(m.group(1));
    }
}
