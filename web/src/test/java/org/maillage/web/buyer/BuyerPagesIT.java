package org.maillage.web.buyer;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.maillage.web.WebTestSupport;
import org.maillage.web.session.SessionStore;
import org.maillage.directory.api.http.Auth;
import org.maillage.directory.api.http.Role;
import org.maillage.web.stub.BuyerInstitutionStubApi;
import org.maillage.web.stub.BuyerStubApi;
import org.maillage.web.stub.Samples;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The buyer's pages with sample data: what each shows, who may see them, and refusals shown next to their field. Not in a
 * test transaction: the sessions it creates must be visible to the server's own requests.
 */
@MicronautTest(transactional = false)
class BuyerPagesIT extends WebTestSupport {

    /** The buyer's stub answers the routes it shares with the enterprise's and the documents' stubs. */
    @Override
    public java.util.Map<String, String> getProperties() {
        java.util.Map<String, String> p = super.getProperties();
        p.put("maillage.test.stub-buyer", "true");
        return p;
    }


    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Map<String, String> SAME_SITE = Map.of("Sec-Fetch-Site", "same-origin");

    @Inject
    SessionStore sessions;

    private String session(String role) {
        String claims = "{\"sub\":\"" + Samples.ACCOUNT + "\",\"org\":\"" + Samples.INSTITUTION + "\",\"pilots\":[\"" + Samples.PILOT + "\"]}";
        String token = "eyJhbGciOiJub25lIn0." + Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".sig";
        return "maillage-session=" + sessions.create("achats@ville.test", new Auth.Tokens(token, "Bearer", 600, "refresh-buyer", Role.valueOf(role), "fr"));
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("a form token in the page").isTrue();
        return m.group(1);
    }

    @Test
    void theDashboardShowsDraftsOpenOpportunitiesWithTheirFunnelThoseToDecideAndDeclaredContracts() {
        String buyer = session("BUYER");
        HttpResponse<String> r = get("/buyer", buyer);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Mon tableau de bord").contains("href=\"/buyer/opportunities/" + BuyerStubApi.DRAFT + "/edit/what\"")
                .contains("Brouillon de déneigement").contains("Entretien des parcs").contains("Traiteur pour la sécurité civile")
                .contains("href=\"/buyer/contracts/" + BuyerStubApi.DECLARED + "\"").contains("Boîtes à lunch déclarées")
                .contains("Réalisé : 12 contrats");
        String open = r.body().substring(r.body().indexOf("Mes occasions ouvertes"), r.body().indexOf("Date limite passée"));
        assertThat(open).contains("Entretien des parcs").doesNotContain("Traiteur pour la sécurité civile")
                .contains("<td class=\"num\">1</td>").contains("<td class=\"num\">2</td>");
        assertThat(get("/buyer", buyer, "maillage-lang=en").body()).contains("My dashboard").contains("Past their deadline: to decide");
    }

    /** Issue 29: the city pledged 12 contracts and 120 000 $; each pledge is measured in its own unit, never value as contracts. */
    @Test
    void theInstitutionsCommitmentIsMeasuredInEachOfItsUnits() {
        String fr = get("/buyer", session("BUYER")).body();
        assertThat(fr).contains("Engagement en contrats : 12 contrats sur 12 promis (100 %)")
                .contains("Engagement en valeur : 1\u00a0234,56\u00a0$ sur 120\u00a0000\u00a0$ promis (1 %)")
                .contains("<progress id=\"value-progress-");
        assertThat(get("/buyer", session("BUYER"), "maillage-lang=en").body())
                .contains("Commitment in contracts: 12 contracts of 12 pledged (100%)").contains("Commitment in value: $1,234.56 of $120,000 pledged (1%)");
    }

    @Test
    void onlyASignedInBuyerReachesThem() {
        HttpResponse<String> anonymous = get("/buyer/contracts");
        assertThat(anonymous.statusCode()).isEqualTo(303);
        assertThat(anonymous.headers().firstValue("Location")).hasValue("/sign-in?back=%2Fbuyer%2Fcontracts");
        for (String path : List.of("/buyer", "/buyer/opportunities/new", "/buyer/contracts")) {
            HttpResponse<String> supplier = get(path, session("SUPPLIER"));
            assertThat(supplier.statusCode()).as(path).isEqualTo(403);
            assertThat(supplier.body()).contains("Accès refusé");
        }
    }

    @Test
    void aFirstStepWithoutTitleNorCategoryIsRefusedNextToEachFieldKeepingWhatWasTyped() {
        String buyer = session("BUYER");
        String page = get("/buyer/opportunities/new", buyer).body();
        assertThat(page).contains("Étape 1 sur 5").contains("Services de restauration").contains("name=\"categories\"");
        HttpResponse<String> refused = post("/buyer/opportunities/new", "_csrf=" + csrf(page) + "&titleEn=&descriptionFr=Repas+pour+300&action=next",
                SAME_SITE, buyer);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("error-summary").contains("href=\"#titleFr\"").contains("id=\"titleFr-error\"")
                .contains("Entrez un titre en français ou en anglais").contains("href=\"#categories\"").contains("Choisissez au moins une catégorie")
                .contains(">Repas pour 300</textarea>").contains("<title>Il y a un problème");
        HttpResponse<String> search = post("/buyer/opportunities/new", "_csrf=" + csrf(page) + "&titleFr=Traiteur&q=nettoyage&action=search",
                SAME_SITE, buyer);
        assertThat(search.body()).contains("value=\"Traiteur\"").contains("Services de nettoyage").doesNotContain("Services de restauration");
        assertThat(post("/buyer/opportunities/new", "_csrf=wrong&titleFr=x&action=next", SAME_SITE, buyer).statusCode()).isEqualTo(403);
    }

    @Test
    void afterTheDeadlineTheBuyerSeesEachResponseWithItsPriceAndProposalAndWhoWasReachedAndWhy() {
        String buyer = session("BUYER");
        String page = get("/buyer/opportunities/" + Samples.OPPORTUNITY, buyer).body();
        assertThat(page).contains("Date limite passée : décision à prendre").contains("24\u00a0000\u00a0$").contains("Menu local et de saison.")
                .contains("Présélectionner Traiteur Les Jardins Partagés").contains("Adjuger à Traiteur Les Jardins Partagés")
                .contains("Raison du rejet de Traiteur Les Jardins Partagés").contains("Capacité insuffisante").contains("=Pas d'équipe libre")
                .contains("href=\"/buyer/opportunities/" + Samples.OPPORTUNITY + "/documents\"");
        // the response's files, in their current version only, downloaded through the site
        assertThat(page).contains("<dt>Fichiers joints</dt>").contains("href=\"/buyer/opportunities/" + Samples.OPPORTUNITY
                + "/responses/documents/9b000000-0000-4000-8000-000000000002\" download>Soumission finale.pdf</a>").doesNotContain("Soumission v1.pdf");
        HttpResponse<String> refused = post("/buyer/opportunities/" + Samples.OPPORTUNITY + "/reject",
                "_csrf=" + csrf(page) + "&row=e0000000-0000-4000-8000-000000000001&reason-e0000000-0000-4000-8000-000000000001=", SAME_SITE, buyer);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("href=\"#reason-e0000000-0000-4000-8000-000000000001\"")
                .contains("Donnez la raison du rejet : l'entreprise la reçoit par courriel");
    }

    /** Issue 30, item 9: "Adjuger à …" opens a confirmation naming the enterprise, the amount and what follows; it does not award. */
    @Test
    void awardingAsksForConfirmationNamingTheEnterpriseTheAmountAndWhatFollows() {
        String buyer = session("BUYER");
        String manage = get("/buyer/opportunities/" + Samples.OPPORTUNITY, buyer).body();
        assertThat(manage).contains("<form method=\"get\" action=\"/buyer/opportunities/" + Samples.OPPORTUNITY + "/award\"");
        HttpResponse<String> confirm = get("/buyer/opportunities/" + Samples.OPPORTUNITY + "/award?row=e0000000-0000-4000-8000-000000000001", buyer);
        assertThat(confirm.statusCode()).isEqualTo(200);
        assertThat(confirm.body()).contains("Adjuger à Traiteur Les Jardins Partagés\u00a0?").contains("24\u00a0000\u00a0$")
                .contains("Traiteur Les Jardins Partagés apprend par courriel qu'elle remporte l'appel.")
                .contains("L'autre entreprise qui a répondu apprend par courriel qu'elle n'est pas retenue")
                .contains("Cette décision est définitive").contains("Confirmer l'adjudication à Traiteur Les Jardins Partagés")
                .contains("name=\"_csrf\"");
        assertThat(get("/buyer/opportunities/" + Samples.OPPORTUNITY + "/award?row=e0000000-0000-4000-8000-000000000001", buyer,
                "maillage-lang=en").body()).contains("Award to Traiteur Les Jardins Partagés?").contains("This decision is final");
        // a response already decided is not offered again: back to where the call stands
        HttpResponse<String> decided = get("/buyer/opportunities/" + Samples.OPPORTUNITY + "/award?row=e0000000-0000-4000-8000-000000000002", buyer);
        assertThat(decided.statusCode()).isEqualTo(303);
        assertThat(decided.headers().firstValue("Location")).hasValue("/buyer/opportunities/" + Samples.OPPORTUNITY);
    }

    @Test
    void theBuyerReadsHowManyEnterprisesMatchAndHowManyWereToldByEmailWithTheirPlurals() {
        String buyer = session("BUYER");
        String page = get("/buyer/opportunities/" + Samples.OPPORTUNITY + "?done=published", buyer).body();
        assertThat(page).contains("L'occasion est publiée. 1 entreprise y correspond. Aucune n'a été avisée par courriel pour l'instant. "
                        + "1 le sera dans son résumé quotidien.")
                .contains("<li>1 entreprise correspond</li>").contains("<li>aucune avisée par courriel</li>")
                .contains("<li>1 recevra l'alerte dans son résumé quotidien</li>")
                .contains("seules les personnes qui ont accepté les alertes par courriel en reçoivent une").doesNotContain("avisées</li>");
        assertThat(get("/buyer/opportunities/" + Samples.OPPORTUNITY + "?done=published", buyer, "maillage-lang=en").body())
                .contains("The opportunity is published. 1 enterprise matches it. None was told by email yet. 1 will be told in its daily digest.")
                .contains("<li>1 enterprise matches</li>").contains("<li>none told by email</li>");
        // notification-service cannot say yet (it reads the publication a moment later): the page shows without the figure
        BuyerStubApi.reachKnown = false;
        HttpResponse<String> unknown;
        try {
            unknown = get("/buyer/opportunities/" + Samples.OPPORTUNITY + "?done=published", buyer);
        } finally {
            BuyerStubApi.reachKnown = true;
        }
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(unknown.body()).contains("L'occasion est publiée. 1 entreprise y correspond.</p>")
                .contains("Le nombre d'entreprises avisées par courriel paraîtra ici dans un instant").doesNotContain("par courriel</li>");
    }

    @Test
    void theFunnelDownloadsAsASpreadsheetWithNoLiveFormula() {
        HttpResponse<String> csv = get("/buyer/opportunities/" + Samples.OPPORTUNITY + "/matches.csv", session("BUYER"));
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        assertThat(csv.body()).startsWith("\uFEFFEntreprise,Avisée le,Consultée le,Intérêt,Raison,Précision\r\n")
                .contains("Traiteur Les Jardins Partagés,2026-03-01T14:00:00Z,2026-03-02T14:00:00Z,Pas intéressée,Capacité insuffisante,'=Pas d'équipe libre");
    }

    @Test
    void contractsAwaitingTheInstitutionsWordComeFirstAndARunningOneCanBeCompletedAmendedOrTerminated() {
        String buyer = session("BUYER");
        String list = get("/buyer/contracts", buyer).body();
        assertThat(list.indexOf("Boîtes à lunch déclarées")).isLessThan(list.indexOf("Tous les contrats"));
        assertThat(list).contains("Traiteur pour la sécurité civile").contains("En cours").contains("déclaré, non confirmé");
        String running = get("/buyer/contracts/" + BuyerStubApi.CONTRACT, buyer).body();
        assertThat(running).contains("Indiquer que le contrat est terminé").contains("Résilier le contrat").contains("Enregistrer la modification")
                .contains("Historique").doesNotContain("Confirmer le contrat");
        String declared = get("/buyer/contracts/" + BuyerStubApi.DECLARED, buyer).body();
        assertThat(declared).contains("Confirmer le contrat").contains("Refuser le contrat").doesNotContain("Indiquer que le contrat est terminé");
        assertThat(get("/buyer/contracts/99999999-9999-4999-8999-999999999999", buyer).statusCode()).isEqualTo(404);
    }

    @Test
    void aDirectPurchaseTheApiRefusesShowsItsReasonNextToTheSupplierAndKeepsWhatWasTyped() {
        String buyer = session("BUYER");
        String form = get("/buyer/contracts/new", buyer).body();
        assertThat(form).contains("Traiteur Les Jardins Partagés").doesNotContain(">Ville de Montréal</option>").contains("seuil 25\u00a0000\u00a0$");
        HttpResponse<String> missing = post("/buyer/contracts/new", "_csrf=" + csrf(form) + "&title=&valueCad=12+000,50", SAME_SITE, buyer);
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("id=\"title-error\"").contains("id=\"supplierId-error\"").contains("value=\"12 000,50\"");
        HttpResponse<String> refused = post("/buyer/contracts/new", "_csrf=" + csrf(form) + "&title=Buffet&supplierId=" + Samples.ENTERPRISE
                + "&category=90100000&valueCad=12+000,50", SAME_SITE, buyer);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("href=\"#supplierId\"").contains("a supplier is an enterprise").contains("value=\"Buffet\"");
        HttpResponse<String> money = post("/buyer/contracts/new", "_csrf=" + csrf(form) + "&title=Buffet&supplierId=" + Samples.ENTERPRISE
                + "&category=90100000&valueCad=douze", SAME_SITE, buyer);
        assertThat(money.body()).contains("id=\"valueCad-error\"").contains("Entrez un montant en dollars");
    }

    @Test
    void aJointResponseShowsItsLeadAndPartnersWithTheirRolesOnTheDecisionAndOnTheContract() {
        String buyer = session("BUYER");
        String decision = get("/buyer/opportunities/" + Samples.OPPORTUNITY, buyer).body();
        assertThat(decision).contains("Réponse conjointe").contains(BuyerStubApi.JOINT_LEAD + " : mandataire (a déposé la réponse)")
                .contains("Traiteur Les Jardins Partagés : partenaire, a confirmé sa part")
                .contains(BuyerStubApi.JOINT_SILENT + " : partenaire nommé, n'a pas confirmé (pas fournisseur)");
        String contract = get("/buyer/contracts/" + BuyerStubApi.CONTRACT, buyer).body();
        assertThat(contract).contains("Réponse conjointe").contains("Traiteur Les Jardins Partagés : partenaire, a confirmé sa part");
        assertThat(get("/buyer/contracts/" + BuyerStubApi.CONTRACT, buyer, "maillage-lang=en").body())
                .contains("Joint response").contains(BuyerStubApi.JOINT_LEAD + ": lead (submitted the response)");
        assertThat(get("/buyer/contracts/" + BuyerStubApi.DECLARED, buyer).body()).doesNotContain("Réponse conjointe");
    }

    @Test
    void myInstitutionListsItsUnitsWithTheirContactsAndTheRetiredOnes() {
        String buyer = session("BUYER");
        HttpResponse<String> r = get("/buyer/institution", buyer);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<h1>Mon institution</h1>").contains("Service de l'approvisionnement")
                .contains("Sophie Tremblay, Agente d'approvisionnement").contains("retirée le")
                .contains("href=\"/directory/institutions/" + Samples.INSTITUTION + "\"");
        assertThat(get("/buyer/institution", buyer, "maillage-lang=en").body()).contains("Decision units").contains("Whom to contact");
        assertThat(get("/buyer/institution", session("SUPPLIER")).statusCode()).isEqualTo(403);
        String retired = get("/buyer/institution/units/" + BuyerInstitutionStubApi.RETIRED, buyer).body();
        assertThat(retired).contains("a été retirée le").doesNotContain("Retirer Ancien");
        assertThat(get("/buyer/institution/units/99999999-9999-4999-8999-999999999999", buyer).statusCode()).isEqualTo(404);
    }

    @Test
    void aUnitIsAddedRenamedGivenAContactAndRetiredAndARefusalStaysNextToItsField() {
        String buyer = session("BUYER");
        String list = get("/buyer/institution", buyer).body();
        HttpResponse<String> nameless = post("/buyer/institution/units", "_csrf=" + csrf(list) + "&name=&calendarNotes=En+mai", SAME_SITE, buyer);
        assertThat(nameless.statusCode()).isEqualTo(400);
        assertThat(nameless.body()).contains("href=\"#name\"").contains("id=\"name-error\"").contains(">En mai</textarea>");
        HttpResponse<String> added = post("/buyer/institution/units", "_csrf=" + csrf(list)
                + "&name=Parcs&categories=70110000+77000000&thresholdCad=25+000&methods=INVITATION", SAME_SITE, buyer);
        assertThat(added.headers().firstValue("Location")).hasValue("/buyer/institution?done=added");
        assertThat(BuyerInstitutionStubApi.RECEIVED).anySatisfy(x -> assertThat(x.get("body")).isEqualTo(Map.of("name", "Parcs",
                "categories", List.of("70110000", "77000000"), "thresholdCad", 25000, "methods", List.of("INVITATION"))));

        String unit = "/buyer/institution/units/" + BuyerInstitutionStubApi.UNIT;
        String page = get(unit, buyer).body();
        assertThat(page).contains("value=\"Service de l&#39;approvisionnement\"").contains("value=\"90100000\"").contains("Retirer Service");
        HttpResponse<String> refused = post(unit, "_csrf=" + csrf(page) + "&name=Achats&categories=99999999", SAME_SITE, buyer);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("href=\"#categories\"").contains("catégorie inconnue").contains("value=\"Achats\"");
        assertThat(post(unit, "_csrf=" + csrf(page) + "&name=Achats&categories=90100000", SAME_SITE, buyer).headers().firstValue("Location"))
                .hasValue(unit + "?done=changed");
        HttpResponse<String> person = post(unit + "/people", "_csrf=" + csrf(page) + "&personName=Luc+Roy&personEmail=luc@ville.example",
                SAME_SITE, buyer);
        assertThat(person.headers().firstValue("Location")).hasValue(unit + "?done=person");
        assertThat(BuyerInstitutionStubApi.RECEIVED).anySatisfy(x -> assertThat((Map<String, Object>) x.get("body"))
                .containsEntry("name", "Luc Roy").containsEntry("decisionUnitId", BuyerInstitutionStubApi.UNIT));
        assertThat(post(unit + "/retire", "_csrf=" + csrf(page), SAME_SITE, buyer).headers().firstValue("Location"))
                .hasValue("/buyer/institution?done=retired");
        assertThat(post(unit + "/retire", "_csrf=wrong", SAME_SITE, buyer).statusCode()).isEqualTo(403);
    }

    @Test
    void theInstitutionsContactLogIsTheEnterprisesFromTheOtherSide() {
        String buyer = session("BUYER");
        String log = get("/buyer/contacts", buyer).body();
        assertThat(log).contains("Traiteur Les Jardins Partagés").contains("href=\"/buyer/contacts/with/" + Samples.ENTERPRISE + "\"")
                .contains("href=\"/buyer/contacts/new\"").doesNotContain("/supplier/");
        String detail = get("/buyer/contacts/" + BuyerInstitutionStubApi.CONTACT, buyer).body();
        assertThat(detail).contains("Visite de la cuisine de l'entreprise").contains("Service de l'approvisionnement")
                .contains("Votre institution").doesNotContain("/supplier/");
        String form = get("/buyer/contacts/new", buyer).body();
        assertThat(form).contains("Nos unités décisionnelles").contains("action=\"/buyer/contacts\"");
        HttpResponse<String> made = post("/buyer/contacts", "_csrf=" + csrf(form) + "&with=" + Samples.ENTERPRISE + "&unit="
                + BuyerInstitutionStubApi.UNIT + "&occurredOn=2026-02-10&channel=MEETING&initiatedBy=us&summary=Visite", SAME_SITE, buyer);
        assertThat(made.headers().firstValue("Location")).hasValue("/buyer/contacts/" + BuyerInstitutionStubApi.CONTACT + "?logged=1");
        // stored from the enterprise's side: the enterprise first, the institution as its counterpart, which took the first step
        assertThat(BuyerInstitutionStubApi.RECEIVED).anySatisfy(x -> assertThat((Map<String, Object>) x.get("body"))
                .containsEntry("enterpriseId", Samples.ENTERPRISE).containsEntry("counterpartId", Samples.INSTITUTION)
                .containsEntry("initiatedBy", Samples.INSTITUTION).containsEntry("decisionUnitId", BuyerInstitutionStubApi.UNIT));
        assertThat(get("/buyer/contacts", session("SUPPLIER")).statusCode()).isEqualTo(403);
    }
}
