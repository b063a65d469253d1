package org.maillage.web;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.web.stub.Samples;
import org.maillage.web.stub.StubApi;
import org.maillage.web.stub.StubMemberApi;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The enterprise's own pages (contracts, contact log, profile, alerts) against the stub API: what they show,
 * what they send, and how a refusal comes back next to its field with what was typed.
 */
@MicronautTest
class SupplierRecordsPagesIT extends WebTestSupport {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Map<String, String> SAME_ORIGIN = Map.of("Origin", BASE);
    private static final Pattern INLINE = Pattern.compile("<script(?![^>]*\\bsrc=)|<style|\\sstyle=\"|\\son[a-z]+=\"", Pattern.CASE_INSENSITIVE);
    private static final String EN = "maillage-lang=en";

    private String session;
    private String csrf;

    @BeforeEach
    void signInAsTheEnterprise() {
        StubApi.currentRefresh = "refresh-1";
        StubMemberApi.RECEIVED.clear();
        String[] s = signIn("ventes@jardins.test");
        session = s[0];
        csrf = s[1];
    }

    /** Signs in through the site's own form; answers the session cookie and its form token. */
    private static String[] signIn(String email) {
        HttpResponse<String> form = get("/sign-in");
        String visitor = cookie(form, "maillage-form");
        Matcher m = CSRF.matcher(form.body());
        assertThat(m.find()).isTrue();
        HttpResponse<String> r = post("/sign-in", "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password=" + StubApi.PASSWORD
                + "&back=%2F&_csrf=" + m.group(1), SAME_ORIGIN, visitor);
        assertThat(r.statusCode()).isEqualTo(303);
        String session = cookie(r, "maillage-session");
        Matcher token = CSRF.matcher(get("/account", session).body());
        assertThat(token.find()).isTrue();
        return new String[]{session, token.group(1)};
    }

    private HttpResponse<String> submit(String path, String form) {
        return post(path, form + "&_csrf=" + csrf, SAME_ORIGIN, session);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> received(String path) {
        return (Map<String, Object>) StubMemberApi.RECEIVED.stream().filter(r -> r.get("path").equals(path)).reduce((a, b) -> b).orElseThrow().get("body");
    }

    @Test
    void everyPageRendersInBothLanguagesWithoutInlineScriptAndLinksToTheDashboard() {
        for (String path : List.of("/supplier/contracts", "/supplier/contracts/new", "/supplier/contacts", "/supplier/contacts/new",
                "/supplier/contacts/with/" + Samples.INSTITUTION, "/supplier/contacts/" + StubMemberApi.INTRODUCED, "/supplier/profile",
                "/supplier/alerts")) {
            HttpResponse<String> fr = get(path, session);
            assertThat(fr.statusCode()).as(path).isEqualTo(200);
            assertThat(fr.body()).as(path).contains("<html lang=\"fr\">").contains("href=\"/supplier\"").contains("aria-current=\"page\"");
            assertThat(INLINE.matcher(fr.body()).find()).as(path).isFalse();
            HttpResponse<String> en = get(path, session, EN);
            assertThat(en.statusCode()).as(path).isEqualTo(200);
            assertThat(en.body()).as(path).contains("<html lang=\"en\">").contains("My space");
        }
    }

    @Test
    void nobodySignedInIsSentToSignInAndABuyerIsRefusedTheEnterprisePagesButKeepsItsAlerts() {
        assertThat(get("/supplier/contracts").headers().firstValue("Location")).hasValue("/sign-in?back=%2Fsupplier%2Fcontracts");
        String buyer = signIn("achats@ville.test")[0];
        for (String path : List.of("/supplier/contracts", "/supplier/contacts", "/supplier/profile")) {
            assertThat(get(path, buyer).statusCode()).as(path).isEqualTo(403);
        }
        HttpResponse<String> alerts = get("/supplier/alerts", buyer);
        assertThat(alerts.statusCode()).isEqualTo(200);
        assertThat(alerts.body()).doesNotContain("href=\"/supplier/contracts\"");
    }

    @Test
    void myContractsSayWhoseWordEachAwaitsAndWhyOneWasRejected() {
        String fr = get("/supplier/contracts", session).body();
        assertThat(fr).contains("Confirmer « Boîtes à lunch pour le camp de jour »").contains("Rejeter « Boîtes à lunch pour le camp de jour »")
                .contains("En attente de confirmation par Ville de Montréal").contains("Attend votre confirmation").contains("Confirmé")
                .contains("Raison du rejet : Jamais commandé").contains("12\u00a0500,50\u00a0$").contains("Resto-insertion Le Tremplin")
                .contains("Attribué à la suite d'un appel").contains("En cours");
        assertThat(get("/supplier/contracts", session, EN).body()).contains("$12,500.50").contains("Waiting for confirmation by Ville de Montréal");
    }

    @Test
    void declaringAContractSendsMyEnterpriseAsSupplierAndTheAmountAsTyped() {
        HttpResponse<String> r = submit("/supplier/contracts", "buyer=" + Samples.INSTITUTION + "&title=" + enc("Repas du conseil")
                + "&category=90100000&value=" + enc("12 500,50") + "&startsOn=2026-03-01&endsOn=");
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).hasValue("/supplier/contracts?done=declared");
        Map<String, Object> body = received("/api/contracts");
        assertThat(body).containsEntry("buyerId", Samples.INSTITUTION).containsEntry("supplierIds", List.of(Samples.ENTERPRISE))
                .containsEntry("title", "Repas du conseil").containsEntry("category", "90100000").containsEntry("startsOn", "2026-03-01");
        assertThat(new java.math.BigDecimal(String.valueOf(body.get("valueCad")))).isEqualByComparingTo("12500.50");
        assertThat(get("/supplier/contracts?done=declared", session).body()).contains("Contrat déclaré");
    }

    @Test
    void aRefusedDeclarationKeepsWhatWasTypedAndShowsEachReasonNextToItsField() {
        HttpResponse<String> mine = submit("/supplier/contracts", "buyer=&title=" + enc("Repas <du> conseil") + "&category=90100000&value=douze");
        assertThat(mine.statusCode()).isEqualTo(400);
        assertThat(mine.body()).contains("<title>Il y a un problème – Déclarer un contrat").contains("class=\"error-summary\"")
                .contains("href=\"#buyer\"").contains("id=\"buyer-error\"").contains("id=\"value-error\"")
                .contains("aria-describedby=\"value-hint value-error\"").contains("value=\"Repas &lt;du> conseil\"").contains("value=\"douze\"");
        assertThat(StubMemberApi.RECEIVED).isEmpty();

        HttpResponse<String> api = submit("/supplier/contracts", "buyer=" + Samples.INSTITUTION + "&title=" + enc("Service refusé")
                + "&category=90100000&value=100");
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.body()).contains("id=\"title-error\">dites ce qui est livré / say what is delivered")
                .contains("value=\"Service refusé\"").contains("value=\"100\"");
    }

    @Test
    void confirmingAndRejectingGoToTheApiAndARejectionNeedsItsReason() {
        HttpResponse<String> confirmed = submit("/supplier/contracts/" + StubMemberApi.DECLARED + "/confirm", "");
        assertThat(confirmed.headers().firstValue("Location")).hasValue("/supplier/contracts?done=confirmed");
        assertThat(StubMemberApi.RECEIVED).extracting(r -> r.get("path")).contains("/api/contracts/" + StubMemberApi.DECLARED + "/confirm");

        HttpResponse<String> blank = submit("/supplier/contracts/" + StubMemberApi.DECLARED + "/reject", "reason=+");
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.body()).contains("id=\"reason-" + StubMemberApi.DECLARED + "-error\"").contains("<details open>");

        HttpResponse<String> rejected = submit("/supplier/contracts/" + StubMemberApi.DECLARED + "/reject", "reason=" + enc("Jamais livré"));
        assertThat(rejected.headers().firstValue("Location")).hasValue("/supplier/contracts?done=rejected");
        assertThat(received("/api/contracts/" + StubMemberApi.DECLARED + "/reject")).containsEntry("reason", "Jamais livré");
    }

    @Test
    void aFormWithoutItsTokenIsRefused() {
        HttpResponse<String> r = post("/supplier/contracts/" + StubMemberApi.DECLARED + "/confirm", "_csrf=wrong", SAME_ORIGIN, session);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(StubMemberApi.RECEIVED).isEmpty();
    }

    @Test
    void theContactLogShowsRelationshipsDueFollowUpsAndTheChainOfIntroductions() {
        String log = get("/supplier/contacts", session).body();
        assertThat(log).contains("Ville de Montréal").contains("2 contacts").contains("Suivi prévu le 2026-01-15 avec Ville de Montréal");
        String detail = get("/supplier/contacts/" + StubMemberApi.INTRODUCED, session).body();
        assertThat(detail).contains("Chaîne des présentations").contains("Service de l'approvisionnement")
                .contains("href=\"/supplier/contacts/" + StubMemberApi.FIRST_CONTACT + "\">2026-01-20 : Traiteur Les Jardins Partagés et Ville de Montréal")
                .contains("aria-current=\"step\">2026-02-10 : Traiteur Les Jardins Partagés et Ville de Montréal");
        assertThat(detail.indexOf("2026-01-20 : ")).isLessThan(detail.indexOf("aria-current=\"step\""));
        assertThat(get("/supplier/contacts/" + StubMemberApi.FIRST_CONTACT, session).body()).contains("Premier contact")
                .contains("Ce contact a mené à");
    }

    @Test
    void loggingAContactIntroducedByAnEarlierOneSendsEverythingAndARefusedUnitComesBackNextToItsField() {
        String form = get("/supplier/contacts/new?introducedBy=" + StubMemberApi.FIRST_CONTACT, session).body();
        assertThat(form).contains("<option value=\"" + StubMemberApi.FIRST_CONTACT + "\" selected>2026-01-20 – Ville de Montréal – Premier contact");
        String typed = "with=" + Samples.INSTITUTION + "&unit=7c1e0000-0000-4000-8000-000000000001&occurredOn=2026-02-10&channel=MEETING"
                + "&initiatedBy=them&summary=" + enc("Rencontre au service alimentaire") + "&nextStep=" + enc("Envoyer le menu")
                + "&followUpOn=2026-03-01&introducedBy=" + StubMemberApi.FIRST_CONTACT;
        HttpResponse<String> r = submit("/supplier/contacts", typed);
        assertThat(r.headers().firstValue("Location")).hasValue("/supplier/contacts/" + StubMemberApi.INTRODUCED + "?logged=1");
        assertThat(received("/api/contacts")).containsEntry("enterpriseId", Samples.ENTERPRISE).containsEntry("counterpartId", Samples.INSTITUTION)
                .containsEntry("initiatedBy", Samples.INSTITUTION).containsEntry("channel", "MEETING").containsEntry("followUpOn", "2026-03-01")
                .containsEntry("introducedByContactId", StubMemberApi.FIRST_CONTACT).containsEntry("nextStep", "Envoyer le menu");

        HttpResponse<String> refused = submit("/supplier/contacts", typed.replace("7c1e0000-0000-4000-8000-000000000001", "7c1e0000-0000-4000-8000-000000000009"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"unit-error\">pas une unité de cette institution").contains("Rencontre au service alimentaire</textarea>");

        HttpResponse<String> empty = submit("/supplier/contacts", "with=&occurredOn=hier&channel=&initiatedBy=us&summary=");
        assertThat(empty.body()).contains("id=\"with-error\"").contains("id=\"occurredOn-error\"").contains("id=\"channel-error\"")
                .contains("id=\"summary-error\"").contains("value=\"hier\"");
    }

    @Test
    void theProfilePreviewsWhatWasTypedWithoutSavingThenSavesTheWholeProfile() {
        String page = get("/supplier/profile", session).body();
        assertThat(page).contains("NEQ : 1145678901").contains("value=\"Traiteur Les Jardins Partagés\"").contains("Julie Gagnon")
                .contains("Aperçu du profil public").contains("href=\"/directory/enterprises/" + Samples.ENTERPRISE + "\"");
        String soon = LocalDate.now(ZoneId.of("America/Montreal")).plusDays(30).toString();
        String typed = "certRows=2&legalName=" + enc("Les Jardins Partagés, coop") + "&otherNames=" + enc("Jardins\r\nLJP") + "&legalForm=SOLIDARITY_COOP"
                + "&missionFr=" + enc("Repas locaux") + "&missionEn=" + enc("Local meals") + "&categories=90100000&categories=76110000&regions=06"
                + "&capacityNotes=&sizeBand=10-49&certName0=" + enc("Entreprise d'économie sociale") + "&certIssuer0=PME+MTL&certExpires0=" + soon
                + "&certName1=&certIssuer1=&certExpires1=&address=&website=" + enc("https://jardins.example");
        HttpResponse<String> preview = submit("/supplier/profile", typed + "&action=preview");
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("rien n'est encore enregistré").contains("Les Jardins Partagés, coop").contains("Jardins · LJP")
                .contains("Services de restauration · Services de nettoyage").contains("expire dans 30 jours");
        assertThat(StubMemberApi.RECEIVED).isEmpty();

        HttpResponse<String> saved = submit("/supplier/profile", typed + "&action=save");
        assertThat(saved.headers().firstValue("Location")).hasValue("/supplier/profile?done=saved");
        assertThat(received("/api/enterprises/" + Samples.ENTERPRISE)).containsEntry("neq", "1145678901").containsEntry("pilotId", Samples.PILOT)
                .containsEntry("otherNames", List.of("Jardins", "LJP")).containsEntry("categories", List.of("90100000", "76110000"))
                .doesNotContainKey("capacityNotes").containsEntry("certifications", List.of(Map.of("name", "Entreprise d'économie sociale",
                        "issuer", "PME MTL", "expiresOn", soon)));

        HttpResponse<String> refused = submit("/supplier/profile", typed.replace(enc("https://jardins.example"), "www.jardins.example") + "&action=save");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"website-error\">must start with http").contains("value=\"www.jardins.example\"");

        HttpResponse<String> person = submit("/supplier/profile/people", "person-name=" + enc("Marc Roy") + "&person-email=marc%40jardins.example&person-language=en");
        assertThat(person.headers().firstValue("Location")).hasValue("/supplier/profile?done=person");
        assertThat(received("/api/organizations/" + Samples.ENTERPRISE + "/people")).containsEntry("name", "Marc Roy").containsEntry("language", "en");
    }

    @Test
    void aPersonIsChangedKeepingWhatWasTypedWhenRefusedAndRemovedAfterAConfirmationPage() {
        String person = "/supplier/profile/people/" + StubMemberApi.JULIE;
        String api = "/api/organizations/" + Samples.ENTERPRISE + "/people/" + StubMemberApi.JULIE;
        assertThat(get("/supplier/profile", session).body()).contains("href=\"" + person + "\">Modifier Julie Gagnon</a>")
                .contains("href=\"" + person + "/remove\">Retirer Julie Gagnon</a>");
        assertThat(get(person, session).body()).contains("<h1>Modifier Julie Gagnon</h1>").contains("value=\"julie@jardins.example\"")
                .contains("value=\"514 555-0100\"");

        HttpResponse<String> refused = submit(person, "name=" + enc("Julie Gagnon-Roy") + "&title=&email=julie%40&phone=&language=en");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("class=\"error-summary\"").contains("href=\"#email\"").contains("id=\"email-error\">must be a valid email")
                .contains("value=\"Julie Gagnon-Roy\"").contains("value=\"julie@\"").contains("aria-describedby=\"email-error\"");
        HttpResponse<String> empty = submit(person, "name=+&email=&language=fr");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("id=\"name-error\">");

        HttpResponse<String> changed = submit(person, "name=" + enc("Julie Gagnon-Roy") + "&title=Directrice&email=&phone=&language=en");
        assertThat(changed.headers().firstValue("Location")).hasValue("/supplier/profile?done=personChanged#people");
        assertThat(received(api)).containsEntry("name", "Julie Gagnon-Roy").containsEntry("title", "Directrice").containsEntry("language", "en")
                .doesNotContainKey("email");
        assertThat(get("/supplier/profile?done=personChanged", session).body()).contains("Personne modifiée.");

        // removal asks first, on a page of its own (no script needed), and only the form's POST removes
        String confirm = get(person + "/remove", session).body();
        assertThat(confirm).contains("<h1>Retirer Julie Gagnon ?</h1>").contains("action=\"" + person + "/remove\"")
                .contains("Oui, retirer cette personne").contains("Non, garder cette personne");
        assertThat(StubMemberApi.RECEIVED).noneMatch(r -> String.valueOf(r.get("path")).startsWith("DELETE"));
        assertThat(post(person + "/remove", "", SAME_ORIGIN, session).statusCode()).isEqualTo(403);
        HttpResponse<String> removed = submit(person + "/remove", "");
        assertThat(removed.headers().firstValue("Location")).hasValue("/supplier/profile?done=personRemoved#people");
        assertThat(StubMemberApi.RECEIVED).anyMatch(r -> ("DELETE " + api).equals(r.get("path")));
        assertThat(get("/supplier/profile?done=personRemoved", session, EN).body()).contains("Person removed.");
        assertThat(get("/supplier/profile/people/" + StubMemberApi.FIRST_CONTACT, session).statusCode()).isEqualTo(404);
    }

    @Test
    void alertsShowConsentUntickedAndSaveWhatIsFollowedWhenAndInWhichLanguage() {
        String page = get("/supplier/alerts", session).body();
        assertThat(page).contains("<input type=\"checkbox\" id=\"consent\" name=\"consent\" value=\"yes\">")
                .contains("value=\"06\" checked").contains("value=\"CANCELLED\">");
        HttpResponse<String> r = submit("/supplier/alerts", "consent=yes&categories=90100000&regions=06&regions=05&delivery=DIGEST&digestHour=6"
                + "&language=en&kinds=MATCHED&kinds=OUTCOME");
        assertThat(r.headers().firstValue("Location")).hasValue("/supplier/alerts?saved=1");
        assertThat(received("/api/notifications/preferences")).containsEntry("alertsConsent", true).containsEntry("categories", List.of("90100000"))
                .containsEntry("regions", List.of("06", "05")).containsEntry("delivery", "DIGEST").containsEntry("digestHour", 6)
                .containsEntry("language", "en").containsEntry("kinds", Map.of("MATCHED", true, "AMENDED", false, "CANCELLED", false, "OUTCOME", true,
                        "ANSWERED", false, "REMINDER", false, "DECLARED", false));

        HttpResponse<String> none = submit("/supplier/alerts", "delivery=IMMEDIATE&digestHour=7&language=");
        // nothing ticked is sent as null: the person follows the organization's own again, in the account's language
        assertThat(received("/api/notifications/preferences")).containsEntry("alertsConsent", false).containsEntry("categories", null)
                .containsEntry("language", null);
        assertThat(none.statusCode()).isEqualTo(303);

        HttpResponse<String> refused = submit("/supplier/alerts", "delivery=DIGEST&digestHour=midi");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"digestHour-error\">must be between 0 and 23");
    }

    @Test
    void everyKindOfMessageThePersonCanReceiveHasItsOwnSwitchInBothLanguages() {
        String fr = get("/supplier/alerts", session).body();
        assertThat(fr).contains("<legend>Les messages que je reçois</legend>")
                .contains("<input type=\"checkbox\" id=\"kinds-ANSWERED\" name=\"kinds\" value=\"ANSWERED\">")
                .contains("<label for=\"kinds-ANSWERED\">Réponses de l'acheteur aux questions sur les occasions qui m'intéressent</label>")
                .contains("<input type=\"checkbox\" id=\"kinds-REMINDER\" name=\"kinds\" value=\"REMINDER\" checked>")
                .contains("Rappel 48 heures avant la date limite d'une occasion qui m'intéresse")
                .contains("value=\"DECLARED\" checked").doesNotContain("value=\"WEEKLY\"").doesNotContain("value=\"QUESTION_ASKED\"");
        assertThat(get("/supplier/alerts", session, EN).body()).contains("<legend>Messages I receive</legend>")
                .contains("The buyer's answers to questions on opportunities I am interested in")
                .contains("A reminder 48 hours before the deadline");
    }

    @Test
    void aBuyerSwitchesTheQuestionsOnItsCallsAndTheSaveSendsOnlyWhatThePageShows() {
        String[] buyer = signIn("achats@ville.test");
        String page = get("/supplier/alerts", buyer[0]).body();
        assertThat(page).contains("<input type=\"checkbox\" id=\"kinds\" name=\"kinds\" value=\"QUESTION_ASKED\">")
                .contains("Questions posées sur nos occasions").contains("value=\"DECLARED\" checked")
                // alerts of new opportunities are an enterprise's: no consent, nothing followed, no digest hour
                .doesNotContain("name=\"consent\"").doesNotContain("name=\"categories\"").doesNotContain("name=\"digestHour\"");
        HttpResponse<String> r = post("/supplier/alerts", "kinds=QUESTION_ASKED&language=fr&_csrf=" + buyer[1], SAME_ORIGIN, buyer[0]);
        assertThat(r.statusCode()).isEqualTo(303);
        // a choice the page does not show (the consent, what the person follows) is not sent, so it stays as it was
        assertThat(received("/api/notifications/preferences")).containsOnlyKeys("language", "kinds")
                .containsEntry("kinds", Map.of("QUESTION_ASKED", true, "DECLARED", false)).containsEntry("language", "fr");
    }
}
