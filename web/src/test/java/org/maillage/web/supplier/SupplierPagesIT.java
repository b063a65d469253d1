package org.maillage.web.supplier;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.web.documents.DocumentsStubApi;
import org.maillage.web.WebTestSupport;
import org.maillage.web.site.Language;
import org.maillage.web.stub.Samples;
import org.maillage.web.stub.StubApi;
import org.maillage.web.stub.SupplierStubApi;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The supplier's pages against the stub API: what they show, and forms that keep what was typed when refused. */
@MicronautTest
class SupplierPagesIT extends WebTestSupport {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern INLINE = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>|<style|\\sstyle=\"|\\son[a-z]+=\"", Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> SAME_ORIGIN = Map.of("Origin", BASE);
    private static final String OPPORTUNITY = "/supplier/opportunities/" + SupplierStubApi.OPEN;
    private static final String RESPONSE = OPPORTUNITY + "/response";
    private static final String EN = "maillage-lang=en";

    private String session;
    private String csrf;

    @BeforeEach
    void signIn() {
        StubApi.currentRefresh = "refresh-1";
        SupplierStubApi.reset();
        DocumentsStubApi.reset();
        HttpResponse<String> form = get("/sign-in");
        String visitor = cookie(form, "maillage-form");
        HttpResponse<String> r = post("/sign-in", "email=ventes%40coop.test&password=" + StubApi.PASSWORD + "&back=%2Fsupplier&_csrf="
                + token(form.body()), SAME_ORIGIN, visitor);
        assertThat(r.statusCode()).isEqualTo(303);
        session = cookie(r, "maillage-session");
        csrf = token(get("/supplier", session).body());
    }

    @Test
    void theDashboardShowsMatchesAsNewWithTheirDeadlineAndWhatWaitsForMe() {
        HttpResponse<String> fr = get("/supplier", session);
        assertThat(fr.statusCode()).isEqualTo(200);
        assertThat(fr.body()).contains("href=\"/supplier\" aria-current=\"page\"").contains("Repas des assemblées")
                .contains("<span class=\"tag new\">Nouvelle</span>").contains("(heure de Montréal)").containsPattern("reste \\d+ j \\d+ h")
                .contains("Boîtes à lunch pour le camp de jour").contains("12\u00a0500,50\u00a0$").contains("En retard").contains("Envoyer le menu")
                .contains("href=\"/supplier/contracts\"").contains("href=\"/supplier/contacts\"")
                .contains("Réponses conjointes à confirmer").contains("Traiteur Les Jardins Partagés nomme votre entreprise");
        assertThat(INLINE.matcher(fr.body()).find()).isFalse();
        String en = get("/supplier", session, EN).body();
        assertThat(en).contains("My dashboard").contains("Meals for public meetings").contains(">New<").contains("(Montréal time)")
                .containsPattern("\\d+ d \\d+ h left").contains("$12,500.50");
    }

    @Test
    void aMatchIsNewOnlyIfItCameAfterThisPersonsPreviousVisitAndItHasNotOpenedIt() {
        assertThat(get("/supplier", session).body()).contains("Première visite : 1 occasion nouvelle pour vous.");
        // matched on 2026-02-02: a visit after that has seen it
        SupplierStubApi.previousVisit = "2026-02-03T15:00:00Z";
        String seen = get("/supplier", session).body();
        assertThat(seen).contains("Rien de nouveau depuis votre dernière visite, le 2026-02-03 10 h 00 (heure de Montréal).").doesNotContain("<span class=\"tag new\">");
        assertThat(get("/supplier", session, EN).body()).contains("Nothing new since your last visit on 2026-02-03 10:00");
        SupplierStubApi.previousVisit = "2026-02-01T15:00:00Z";
        assertThat(get("/supplier", session).body()).contains("1 nouvelle occasion depuis votre dernière visite")
                .contains("<span class=\"tag new\">Nouvelle</span>");
        // once this person opened it, it is no longer new to it
        SupplierStubApi.openedByMe = true;
        assertThat(get("/supplier", session).body()).contains("Rien de nouveau depuis votre dernière visite").doesNotContain("<span class=\"tag new\">");
    }

    @Test
    void aVisitorWhoIsNotSignedInIsSentToSignInFirst() {
        HttpResponse<String> r = get("/supplier");
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).hasValue("/sign-in?back=%2Fsupplier");
        assertThat(get("/", "x=y").body()).doesNotContain("href=\"/supplier\"");
    }

    @Test
    void notInterestedNeedsAReasonAndKeepsTheNoteWhenRefused() {
        HttpResponse<String> refused = post(OPPORTUNITY + "/interest", "answer=no&reason=&note=" + enc("Équipe prise en mars") + "&_csrf=" + csrf,
                SAME_ORIGIN, session);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("class=\"error-summary\"").contains("href=\"#reason\"")
                .contains("<span class=\"field-error\" id=\"reason-error\">Choisissez la raison").contains("aria-describedby=\"reason-error\"")
                .contains(">Équipe prise en mars</textarea>");
        assertThat(SupplierStubApi.SENT).isEmpty();

        HttpResponse<String> saved = post(OPPORTUNITY + "/interest", "answer=no&reason=CAPACITY&note=" + enc("Équipe prise") + "&_csrf=" + csrf,
                SAME_ORIGIN, session);
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.headers().firstValue("Location")).hasValue(OPPORTUNITY + "?done=notInterested#interest");
        assertThat(SupplierStubApi.SENT).containsExactly(Map.of("interested", false, "reason", "CAPACITY", "reasonText", "Équipe prise"));
    }

    @Test
    void aQuestionIsSentAndAnEmptyOneIsRefusedNextToItsField() {
        HttpResponse<String> empty = post(OPPORTUNITY + "/questions", "question=+&_csrf=" + csrf, SAME_ORIGIN, session);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("id=\"question-error\">Écrivez votre question.");
        HttpResponse<String> sent = post(OPPORTUNITY + "/questions", "question=" + enc("Menu halal ?") + "&_csrf=" + csrf, SAME_ORIGIN, session);
        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(SupplierStubApi.SENT).containsExactly(Map.of("question", "Menu halal ?"));
        assertThat(get(OPPORTUNITY + "?done=asked", session).body()).contains("sans le nom de votre entreprise");
    }

    @Test
    void aResponseWithABadPriceKeepsWhatWasTypedThenGetsAReceiptWithItsNumberAndExactTime() {
        HttpResponse<String> refused = post(RESPONSE, form("douze mille", "Repas chauds, produits locaux", "pas un lien"), SAME_ORIGIN, session);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("<title>Il y a un problème").contains("id=\"price-error\">Écrivez un montant")
                .contains("id=\"links-error\">Chaque ligne").contains("value=\"douze mille\"").contains(">Repas chauds, produits locaux</textarea>")
                .contains("aria-describedby=\"price-hint price-error\"");
        assertThat(SupplierStubApi.SENT).isEmpty();

        HttpResponse<String> saved = post(RESPONSE, form("18 450,50 $", "Repas chauds", "https://jardins.example/offre.pdf"), SAME_ORIGIN, session);
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.headers().firstValue("Location")).hasValue(RESPONSE + "/receipt");
        assertThat(new BigDecimal(String.valueOf(SupplierStubApi.SENT.get(0).get("priceCad")))).isEqualByComparingTo("18450.50");

        String receipt = get(RESPONSE + "/receipt", session).body();
        assertThat(receipt).contains("R-99999999-20261120-100406").contains("2026-11-20 10:04:06 (heure de Montréal)")
                .contains("2026-11-20T15:04:06.123456Z").contains("18\u00a0450,50\u00a0$").contains("data-print");
        assertThat(get(RESPONSE + "/receipt", session, EN).body()).contains("$18,450.50").contains("Receipt number");
        assertThat(receipt).doesNotContain("Entreprises partenaires de cette réponse conjointe");
        // every file attached, with its size, when it was received in Montréal time, and its digest (issue 30, item 3)
        assertThat(receipt).contains("Fichiers reçus").contains("<td>Soumission.pdf</td><td>4 Ko</td><td>2026-01-12 10:00:00 (heure de Montréal)</td>")
                .contains(sha256("Soumission.pdf:1"));
    }

    /** Issue 30, item 2: the way to the files page saves the response first, so that nothing typed is lost on the way. */
    @Test
    void goingToTheFilesSavesTheResponseFirstOrKeepsItWhenRefused() {
        HttpResponse<String> refused = post(RESPONSE, form("", "Repas chauds", "") + "&then=files", SAME_ORIGIN, session);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains(">Repas chauds</textarea>").contains("id=\"price-error\"");
        assertThat(SupplierStubApi.SENT).isEmpty();

        HttpResponse<String> saved = post(RESPONSE, form("18 450,50 $", "Repas chauds", "") + "&then=files", SAME_ORIGIN, session);
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.headers().firstValue("Location")).hasValue(RESPONSE + "/documents");
        assertThat(SupplierStubApi.SENT).singleElement().satisfies(sent -> assertThat(sent).containsEntry("proposal", "Repas chauds"));
    }

    @Test
    void theCallsDocumentsAreWhereTheSupplierReadsTheCallAndWritesItsResponse() {
        for (String page : List.of(OPPORTUNITY, RESPONSE)) {
            String body = get(page, session).body();
            assertThat(body).as(page).contains("aria-labelledby=\"call-documents-title\"")
                    .containsPattern("<a href=\"/api/opportunities/[0-9a-f-]+/documents/99999999-9999-4999-8999-999999999999\" download>Cahier des charges.pdf</a>")
                    .contains("v1 (en vigueur) · 2 Ko · ajouté le 2026-01-12 10 h 00 (heure de Montréal)");
        }
        assertThat(get(RESPONSE, session).body()).contains("Documents de l'appel d'offres");
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aPartnerConfirmsItsPartOfAJointResponseFromTheOpportunity() {
        assertThat(get(OPPORTUNITY, session).body()).contains("Traiteur Les Jardins Partagés nomme votre entreprise").contains("Confirmer ma part");
        HttpResponse<String> r = post(OPPORTUNITY + "/partnerships/" + SupplierStubApi.JOINT, "_csrf=" + csrf, SAME_ORIGIN, session);
        assertThat(r.headers().firstValue("Location")).hasValue(OPPORTUNITY + "?done=confirmed#partnerships");
        assertThat(get(OPPORTUNITY + "?done=confirmed", session).body()).contains("Vous avez confirmé votre part.").doesNotContain("Confirmer ma part");
        assertThat(get("/supplier", session).body()).doesNotContain("Réponses conjointes à confirmer");
    }

    @Test
    void aJointResponseNamesThePartnersTickedAndKeepsThemTickedWhenRefused() {
        String partner = "partner." + Samples.ENTERPRISE + "=on";
        HttpResponse<String> refused = post(RESPONSE, form("", "Offre conjointe", "") + "&" + partner, SAME_ORIGIN, session);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("<details class=\"partners\" open>")
                .containsPattern("name=\"partner\\." + Samples.ENTERPRISE + "\" value=\"on\" checked>");
        assertThat(post(RESPONSE, form("1200", "Offre conjointe", "") + "&" + partner, SAME_ORIGIN, session).statusCode()).isEqualTo(303);
        assertThat(SupplierStubApi.SENT.get(0).get("partners")).isEqualTo(List.of(Samples.ENTERPRISE));
        assertThat(get(RESPONSE, session).body()).contains("Traiteur Les Jardins Partagés (confirmation attendue)");
        assertThat(get(RESPONSE + "/receipt", session).body()).contains("Entreprises partenaires de cette réponse conjointe")
                .contains("<tr><td>Traiteur Les Jardins Partagés</td><td>Confirmation attendue</td></tr>");
        assertThat(get(RESPONSE + "/receipt", session, EN).body()).contains("Partner enterprises of this joint response")
                .contains("<td>Awaiting confirmation</td>");
    }

    @Test
    void aWithdrawnResponseCanBeSentAgainFromWhatItSaid() {
        post(RESPONSE, form("18450.5", "Repas chauds", ""), SAME_ORIGIN, session);
        String page = get(RESPONSE, session).body();
        assertThat(page).contains("Remplacer ma réponse").contains("Retirer ma réponse").contains("value=\"18450,50\"");

        HttpResponse<String> withdrawn = post(RESPONSE + "/withdraw", "_csrf=" + csrf, SAME_ORIGIN, session);
        assertThat(withdrawn.headers().firstValue("Location")).hasValue(RESPONSE + "?done=withdrawn");
        String after = get(RESPONSE + "?done=withdrawn", session).body();
        assertThat(after).contains("Votre réponse est retirée").contains("Retirée").contains("Soumettre ma réponse")
                .doesNotContain("Retirer ma réponse").contains("value=\"18450,50\"");
        assertThat(get(RESPONSE + "/receipt", session).statusCode()).isEqualTo(303);

        assertThat(post(RESPONSE, form("18450,50", "Repas chauds", ""), SAME_ORIGIN, session).statusCode()).isEqualTo(303);
        assertThat(get(RESPONSE + "/receipt", session).body()).contains("R-99999999-20261120-100407");
    }

    @Test
    void whenThePlatformSaysTheDeadlinePassedThePageSaysSoAndKeepsTheText() {
        SupplierStubApi.closed = true;
        HttpResponse<String> r = post(RESPONSE, form("1000", "Ma proposition", ""), SAME_ORIGIN, session);
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(r.body()).contains("La date limite est passée : la plateforme n'accepte plus").contains(">Ma proposition</textarea>")
                .contains("value=\"1000\"");
    }

    @Test
    void aFormWithoutItsTokenIsRefusedAndKeepsWhatWasTyped() {
        HttpResponse<String> r = post(RESPONSE, "price=1000&proposal=Texte&links=", SAME_ORIGIN, session);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("Le formulaire a expiré").contains(">Texte</textarea>");
        assertThat(SupplierStubApi.SENT).isEmpty();
    }

    @Test
    void pricesAreReadAsEachLanguageWritesThem() {
        assertThat(Prices.parse("18 450,50 $", Language.FR)).isEqualByComparingTo("18450.50");
        assertThat(Prices.parse("18\u202f450,5", Language.FR)).isEqualByComparingTo("18450.5");
        assertThat(Prices.parse("$18,450.50", Language.EN)).isEqualByComparingTo("18450.50");
        assertThat(Prices.parse("18,450", Language.EN)).isEqualByComparingTo("18450");
        assertThat(Prices.parse("18,45", Language.EN)).isEqualByComparingTo("18.45");
        assertThat(Prices.parse("1.234,56", Language.FR)).isEqualByComparingTo("1234.56");
        assertThat(Prices.parse("douze", Language.FR)).isNull();
        assertThat(Prices.parse("-5", Language.FR)).isNull();
    }

    private String form(String price, String proposal, String links) {
        return "price=" + enc(price) + "&proposal=" + enc(proposal) + "&links=" + enc(links) + "&_csrf=" + csrf;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String token(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
