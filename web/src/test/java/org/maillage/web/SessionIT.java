package org.maillage.web;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.web.stub.StubApi;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Sign-in as a backend for the browser: what the browser gets, what stays on the server, and forgery refused. */
@MicronautTest
class SessionIT extends WebTestSupport {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Map<String, String> SAME_ORIGIN = Map.of("Origin", BASE);

    @BeforeEach
    void freshTokens() {
        StubApi.currentRefresh = "refresh-1";
    }

    /** Opens the sign-in page as a new visitor: its form token cookie and the token in its form. */
    private static String[] visitSignIn() {
        HttpResponse<String> form = get("/sign-in?back=%2Faccount");
        String cookie = cookie(form, "maillage-form");
        Matcher m = CSRF.matcher(form.body());
        assertThat(m.find()).isTrue();
        return new String[]{cookie, m.group(1)};
    }

    private static HttpResponse<String> signIn(String password) {
        String[] visit = visitSignIn();
        return post("/sign-in", "email=achats%40ville.test&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&back=%2Faccount&_csrf=" + visit[1], SAME_ORIGIN, visit[0]);
    }

    /** Issue 29, item 13: the front page is for visitors; a person signed in lands on their own dashboard. */
    @Test
    void signingInAskedByNoPageLeadsToThePersonsOwnDashboard() {
        String[] visit = visitSignIn();
        HttpResponse<String> r = post("/sign-in", "email=achats%40ville.test&password=" + URLEncoder.encode(StubApi.PASSWORD, StandardCharsets.UTF_8)
                + "&back=%2F&_csrf=" + visit[1], SAME_ORIGIN, visit[0]);
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).hasValue("/buyer");
    }

    @Test
    void signingInGivesOnlyAnOpaqueHttpOnlyCookieAndReturnsToThePageAsked() throws SQLException {
        HttpResponse<String> r = signIn(StubApi.PASSWORD);

        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).hasValue("/account");
        String setCookie = setCookieHeader(r, "maillage-session");
        assertThat(setCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax").contains("Path=/");
        String session = cookie(r, "maillage-session");
        assertThat(session.substring(session.indexOf('=') + 1)).matches("[A-Za-z0-9_-]{43}").doesNotContain("refresh").doesNotContain("eyJ");
        // the account's preferred language (English here) from now on
        assertThat(cookie(r, "maillage-lang")).isEqualTo("maillage-lang=en");

        HttpResponse<String> account = get("/account", session);
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body()).contains("achats@ville.test").doesNotContain("refresh-1").doesNotContain("eyJ");

        try (Connection c = DATABASE.connect(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT id_hash, encode(refresh_token, 'escape') AS refresh, encode(access_token, 'escape') AS access FROM web_session")) {
            while (rows.next()) {
                assertThat(rows.getString("refresh")).doesNotContain("refresh-");
                assertThat(rows.getString("access")).doesNotContain("eyJ");
                assertThat(rows.getString("id_hash")).isNotEqualTo(session.substring(session.indexOf('=') + 1));
            }
        }
    }

    @Test
    void anExpiredAccessTokenIsRefreshedWithoutTheVisitorNoticing() throws SQLException {
        String session = cookie(signIn(StubApi.PASSWORD), "maillage-session");
        int before = StubApi.REFRESHES.get();
        expireAccessTokens();

        assertThat(get("/account", session).statusCode()).isEqualTo(200);
        assertThat(StubApi.REFRESHES.get()).isEqualTo(before + 1);
        // the new pair was kept: the next page uses it without refreshing again
        assertThat(get("/account", session).statusCode()).isEqualTo(200);
        assertThat(StubApi.REFRESHES.get()).isEqualTo(before + 1);
    }

    @Test
    void aSessionThePlatformNoLongerHonoursSendsToSignInAndBack() throws SQLException {
        String session = cookie(signIn(StubApi.PASSWORD), "maillage-session");
        expireAccessTokens();
        StubApi.currentRefresh = "revoked-elsewhere";

        HttpResponse<String> r = get("/account", session);
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).hasValue("/sign-in?back=%2Faccount");
        assertThat(get("/account", session).headers().firstValue("Location")).hasValue("/sign-in?back=%2Faccount");
    }

    @Test
    void aPageThatNeedsSignInSendsThereAndSaysWhy() {
        HttpResponse<String> r = get("/account");
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).hasValue("/sign-in?back=%2Faccount");
        assertThat(get("/sign-in?back=%2Faccount").body()).contains("Connectez-vous pour voir cette page.")
                .contains("name=\"back\" value=\"/account\"");
    }

    @Test
    void signingOutRevokesOnThePlatformAndForgetsTheSession() throws SQLException {
        String session = cookie(signIn(StubApi.PASSWORD), "maillage-session");
        String token = csrfOf(get("/account", session).body());

        HttpResponse<String> r = post("/sign-out", "_csrf=" + token, SAME_ORIGIN, session);

        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(setCookieHeader(r, "maillage-session")).contains("Max-Age=0");
        assertThat(StubApi.LOGGED_OUT).contains("refresh-1");
        assertThat(get("/account", session).statusCode()).isEqualTo(303);
    }

    @Test
    void wrongOrMissingDetailsAreShownInTheSummaryAndNextToTheirField() {
        HttpResponse<String> wrong = signIn("nope");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("class=\"error-summary\"").contains("href=\"#email\"")
                .contains("id=\"email-error\"").contains("L'adresse courriel ou le mot de passe est incorrect")
                .contains("value=\"achats@ville.test\"").doesNotContain("value=\"nope\"");
        assertThat(wrong.body()).contains("<title>Il y a un problème");

        String[] visit = visitSignIn();
        HttpResponse<String> empty = post("/sign-in", "email=&password=&_csrf=" + visit[1], SAME_ORIGIN, visit[0]);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("href=\"#email\"").contains("href=\"#password\"")
                .contains("Entrez votre adresse courriel").contains("Entrez votre mot de passe");
    }

    @Test
    void aFormWithoutItsTokenOrFromAnotherSiteIsRefused() {
        String[] visit = visitSignIn();
        String body = "email=achats%40ville.test&password=" + StubApi.PASSWORD;

        HttpResponse<String> noToken = post("/sign-in", body, SAME_ORIGIN, visit[0]);
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(cookie(noToken, "maillage-session")).isNull();

        HttpResponse<String> otherToken = post("/sign-in", body + "&_csrf=forged", SAME_ORIGIN, visit[0]);
        assertThat(otherToken.statusCode()).isEqualTo(403);

        HttpResponse<String> otherSite = post("/sign-in", body + "&_csrf=" + visit[1], Map.of("Origin", "https://evil.example"), visit[0]);
        assertThat(otherSite.statusCode()).isEqualTo(403);
        assertThat(cookie(otherSite, "maillage-session")).isNull();

        // a browser says where a request comes from, even when the referrer policy blanks the Origin
        HttpResponse<String> crossSite = post("/sign-in", body + "&_csrf=" + visit[1],
                Map.of("Sec-Fetch-Site", "cross-site", "Origin", "null"), visit[0]);
        assertThat(crossSite.statusCode()).isEqualTo(403);
        HttpResponse<String> sameSite = post("/sign-in", body + "&_csrf=" + visit[1],
                Map.of("Sec-Fetch-Site", "same-origin", "Origin", "null"), visit[0]);
        assertThat(sameSite.statusCode()).isEqualTo(303);
    }

    @Test
    void signOutNeedsTheSessionsToken() {
        String session = cookie(signIn(StubApi.PASSWORD), "maillage-session");
        assertThat(post("/sign-out", "_csrf=forged", SAME_ORIGIN, session).statusCode()).isEqualTo(403);
        assertThat(get("/account", session).statusCode()).isEqualTo(200);
    }

    /** The site signs in for its visitor and says for whom: the address it was reached from, after what it was told. */
    @Test
    void theSiteSaysWhoseSignInItSendsAsAProxyDoes() {
        StubApi.SIGN_IN_FORWARDED_FOR.clear();
        String[] visit = visitSignIn();
        post("/sign-in", "email=achats%40ville.test&password=nope&_csrf=" + visit[1], SAME_ORIGIN, visit[0]);
        // as the gateway forwards a page: the visitor's address in X-Forwarded-For, the gateway's own as the connection
        post("/sign-in", "email=achats%40ville.test&password=nope&_csrf=" + visit[1],
                Map.of("Origin", BASE, "X-Forwarded-For", "198.51.100.23"), visit[0]);

        assertThat(StubApi.SIGN_IN_FORWARDED_FOR).containsExactly("127.0.0.1", "198.51.100.23, 127.0.0.1");
    }

    /** However busy, a session ends its configured hours after its sign-in (12 by default), not only when idle. */
    @Test
    void aSessionEndsTwelveHoursAfterItsSignInEvenWhileInUse() throws SQLException {
        String session = cookie(signIn(StubApi.PASSWORD), "maillage-session");
        assertThat(get("/account", session).statusCode()).isEqualTo(200);
        try (Connection c = DATABASE.connect(); Statement s = c.createStatement()) {
            // signed in a little over 12 hours ago, seen a minute ago
            s.executeUpdate("UPDATE web_session SET created_at = now() - interval '12 hours 1 minute', last_seen_at = now() - interval '1 minute'");
        }

        HttpResponse<String> r = get("/account", session);
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).hasValue("/sign-in?back=%2Faccount");
        assertThat(setCookieHeader(r, "maillage-session")).contains("Max-Age=0");
    }

    private static String csrfOf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static void expireAccessTokens() throws SQLException {
        try (Connection c = DATABASE.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE web_session SET access_expires_at = now() - interval '1 minute'");
        }
    }

    @Test
    void theLanguageChosenOnTheAccountPageIsKeptWithTheAccountAndUsedAtOnce() {
        String session = cookie(signIn(StubApi.PASSWORD), "maillage-session");
        String page = get("/account", session).body();
        assertThat(page).contains("<legend>Langue préférée</legend>").containsPattern("value=\"fr\"\\s+checked");
        // a buyer's own pages are one link away, in the main navigation
        assertThat(page).contains("<a href=\"/buyer\"").doesNotContain("<a href=\"/supplier\"").doesNotContain("<a href=\"/coordinator\"");
        HttpResponse<String> saved = post("/account/language", "_csrf=" + csrfOf(page) + "&language=en", SAME_ORIGIN, session);
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.headers().firstValue("Location")).hasValue("/account?saved");
        assertThat(saved.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("maillage-lang=en"));
        assertThat(StubApi.accountLanguage).isEqualTo("en");
        String after = get("/account?saved", session, "maillage-lang=en").body();
        assertThat(after).contains("Your language is saved").containsPattern("value=\"en\"\\s+checked");
        // a form without the session's token changes nothing
        assertThat(post("/account/language", "language=fr", SAME_ORIGIN, session).statusCode()).isEqualTo(403);
        assertThat(StubApi.accountLanguage).isEqualTo("en");
        StubApi.accountLanguage = "fr";
    }
}
