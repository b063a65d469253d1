package org.maillage.web.coordinator;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.web.WebTestSupport;
import org.maillage.web.session.SessionStore;
import org.maillage.directory.api.http.Auth;
import org.maillage.directory.api.http.Role;
import org.maillage.web.stub.InvitationStubApi;
import org.maillage.web.stub.Samples;
import org.maillage.web.stub.StubApi;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 29: every figure shown with a period is that period's. The front page, the about page, a coordinator's dashboard
 * and report, read against the stub API (Montréal's pilot ran 2014-03-01 to 2015-08-31; Estrie's runs 2026-09 to 2027-08)
 * on 2026-12-07.
 */
@MicronautTest(transactional = false)
class FiguresPagesIT extends WebTestSupport {

    private static final String EN = "maillage-lang=en";
    private static final String BASE_PATH = "/coordinator/pilots/" + Samples.PILOT;

    @Inject
    SessionStore sessions;

    @MockBean(Clock.class)
    Clock today() {
        return Clock.fixed(Instant.parse("2026-12-07T17:00:00Z"), ZoneOffset.UTC);
    }

    @BeforeAll
    void aCoordinatorOfMontreal() {
        StubApi.accountPilots = List.of(Samples.PILOT);
    }

    @AfterAll
    void noMore() {
        StubApi.accountPilots = List.of();
    }

    @BeforeEach
    void forgetQueries() {
        StubApi.DASHBOARD_QUERIES.clear();
    }

    private String coordinator() {
        String claims = "{\"sub\":\"" + Samples.ACCOUNT + "\",\"pilots\":[\"" + Samples.PILOT + "\"]}";
        String token = "eyJhbGciOiJub25lIn0." + Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".sig";
        return "maillage-session=" + sessions.create("coordination@maillage.test", new Auth.Tokens(token, "Bearer", 600, "refresh-coord", Role.COORDINATOR, "fr"));
    }

    /** Item 1: Montréal's figures for 2014-03..2015-08, not all-time ones under its dates; what came after, said apart. */
    @Test
    void theFrontPageGivesEachPilotsFiguresForItsOwnPeriodAndSaysSinceTheStartWhereItShowsMore() {
        String fr = get("/").body();
        assertThat(StubApi.DASHBOARD_QUERIES).containsExactlyInAnyOrder(Samples.PILOT + "?from=2014-03&to=2015-08",
                Samples.PILOT + "?from=2014-03&to=2026-12", InvitationStubApi.ESTRIE + "?from=2026-09&to=2026-12");
        String montreal = fr.substring(fr.indexOf("L'économie sociale : j'achète ! (Montréal)"), fr.indexOf("Achat social Estrie"));
        assertThat(montreal).contains("Projet pilote du 2014-03-01 au 2015-08-31")
                .contains("Chiffres de la période du projet pilote, de 2014-03 à 2015-08, mois compris")
                .contains("1\u00a0234\u00a0567,89\u00a0$").contains("Depuis le début, de 2014-03 à 2026-12, mois compris")
                .contains("1\u00a0300\u00a0000\u00a0$");
        assertThat(montreal.indexOf("1\u00a0234\u00a0567,89")).as("the pilot's own period first").isLessThan(montreal.indexOf("Depuis le début"));
        String estrie = fr.substring(fr.indexOf("Achat social Estrie"));
        assertThat(estrie).contains("Chiffres depuis le début du projet pilote, de 2026-09 à 2026-12, mois compris (il se poursuit)")
                .doesNotContain("Depuis le début, de");
        assertThat(get("/", EN).body()).contains("Figures for the pilot's period, 2014-03 to 2015-08, months included")
                .contains("Since the start, 2014-03 to 2026-12, months included");
    }

    /** Item 4: the API counts a pilot's members ({@code memberCount}); the page showed "0 membres" for both. */
    @Test
    void theAboutPageSaysHowManyMembersEachPilotHas() {
        assertThat(get("/about").body()).contains("Membres : 33").contains("Membres : 0").doesNotContain("0 membres");
        assertThat(get("/about", EN).body()).contains("Members: 33");
    }

    /** Item 2: an ended pilot's dashboard opens on its own period, offers the presets as addresses, and its report link carries it. */
    @Test
    void theDashboardOpensOnAnEndedPilotsPeriodOffersPresetsAndTheReportLinkCarriesThePeriod() {
        String session = coordinator();
        HttpResponse<String> r = get(BASE_PATH, session);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(StubApi.DASHBOARD_QUERIES).containsExactly(Samples.PILOT + "?from=2014-03&to=2015-08&within=12");
        String page = r.body();
        assertThat(page).contains("Chiffres de 2014-03 à 2015-08, mois compris.")
                .contains("<strong aria-current=\"true\">La période du projet pilote (2014-03 à 2015-08, affichée)</strong>")
                .contains("href=\"" + BASE_PATH + "?from=2026-01&amp;to=2026-12&amp;within=12\">Cette année (2026-01 à 2026-12)</a>")
                // in December, this year and the last twelve months are the same months
                .contains("href=\"" + BASE_PATH + "?from=2026-01&amp;to=2026-12&amp;within=12\">Les 12 derniers mois (2026-01 à 2026-12)</a>")
                .contains("href=\"" + BASE_PATH + "?from=2014-03&amp;to=2026-12&amp;within=12\">Depuis le début (2014-03 à 2026-12)</a>")
                .contains("href=\"" + BASE_PATH + "/report?from=2014-03&amp;to=2015-08&amp;within=12\"");

        StubApi.DASHBOARD_QUERIES.clear();
        String chosen = get(BASE_PATH + "/report?from=2014-03&to=2026-12&within=6", session).body();
        assertThat(StubApi.DASHBOARD_QUERIES).containsExactly(Samples.PILOT + "?from=2014-03&to=2026-12&within=6");
        assertThat(chosen).contains("<strong aria-current=\"true\">Depuis le début (2014-03 à 2026-12, affichée)</strong>")
                .contains("href=\"" + BASE_PATH + "/report?from=2014-03&amp;to=2015-08&amp;within=6\">La période du projet pilote")
                .contains("Période : de 2014-03 à 2026-12, mois compris.");
    }

    /** Item 3: CHUM pledged a value only: its value against that value, never a share of contracts. */
    @Test
    void eachCommitmentIsShownInItsOwnUnitOnTheDashboardAndTheReport() {
        String session = coordinator();
        for (String path : List.of(BASE_PATH, BASE_PATH + "/report")) {
            String page = get(path, session).body();
            String chum = page.substring(page.indexOf(">CHUM<"));
            chum = chum.substring(0, chum.indexOf("</tr>"));
            assertThat(chum).as(path).contains("Valeur : 99,50\u00a0$ sur 142,14\u00a0$ promis (70 %)").doesNotContain("Contrats :");
            String city = page.substring(page.indexOf(">Ville de Montréal<"));
            city = city.substring(0, city.indexOf("</tr>"));
            assertThat(city).as(path).contains("Contrats : 12 sur 12 promis (100 %)")
                    .contains("Valeur : 1\u00a0234,56\u00a0$ sur 120\u00a0000\u00a0$ promis (1 %)");
        }
        String en = get(BASE_PATH + "/report", session, EN).body();
        assertThat(en).contains("Value: $99.50 of $142.14 pledged (70%)").contains("Contracts: 12 of 12 pledged (100%)");
    }

    /** Item 5: every month of the period is a row, and each chart says what it draws (counts). */
    @Test
    void everyMonthIsARowAndEachChartSaysWhatItDraws() {
        String page = get(BASE_PATH, coordinator()).body();
        String months = page.substring(page.indexOf("id=\"table-months\""));
        months = months.substring(0, months.indexOf("</table>"));
        assertThat(months).contains(">2014-03<").contains(">2014-04<").contains(">2015-08<");
        assertThat(months.split("<tr>")).hasSize(1 + 1 + 18);
        assertThat(page).contains("Graphique : nombre de contrats par institution").contains("Graphique : nombre de contrats par mois")
                .doesNotContain("Graphique : Contrats, valeur et engagement");
    }
}
