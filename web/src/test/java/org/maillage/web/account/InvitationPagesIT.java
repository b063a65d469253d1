package org.maillage.web.account;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.web.WebTestSupport;
import org.maillage.web.stub.InvitationStubApi;
import org.maillage.web.stub.StubApi;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** An organization invited into another pilot answers from its own account page: plain forms, no script needed. */
@MicronautTest
class InvitationPagesIT extends WebTestSupport {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Map<String, String> SAME_ORIGIN = Map.of("Origin", BASE);
    private static final String FORM = "/account/invitations/" + InvitationStubApi.INVITATION;

    private String session;
    private String csrf;

    @BeforeEach
    void signInAsTheCity() {
        StubApi.currentRefresh = "refresh-1";
        InvitationStubApi.pending = true;
        InvitationStubApi.ANSWERS.clear();
        HttpResponse<String> form = get("/sign-in");
        Matcher m = CSRF.matcher(form.body());
        assertThat(m.find()).isTrue();
        HttpResponse<String> r = post("/sign-in", "email=achats%40ville.test&password=" + StubApi.PASSWORD + "&back=%2F&_csrf=" + m.group(1),
                SAME_ORIGIN, cookie(form, "maillage-form"));
        session = cookie(r, "maillage-session");
        Matcher token = CSRF.matcher(get("/account", session).body());
        assertThat(token.find()).isTrue();
        csrf = token.group(1);
    }

    @Test
    void theAccountPageShowsThePendingInvitationWithAButtonForEachAnswerInBothLanguages() {
        String fr = get("/account", session).body();
        assertThat(fr).contains("<h2 id=\"invitations\">Une invitation à rejoindre un projet pilote</h2>").contains("<h3>Achat social Estrie</h3>")
                .contains("action=\"" + FORM + "\"").contains("aria-label=\"Accepter l&#39;invitation de Achat social Estrie\"")
                .contains("aria-label=\"Refuser l&#39;invitation de Achat social Estrie\"").contains("name=\"answer\" value=\"accept\"");
        String en = get("/account", session, "maillage-lang=en").body();
        assertThat(en).contains("An invitation to join a pilot").contains("Accept the invitation from Achat social Estrie");
        InvitationStubApi.pending = false;
        assertThat(get("/account", session).body()).doesNotContain("id=\"invitations\"");
    }

    @Test
    void acceptingJoinsThePilotAndSaysSoOnceAndASecondAnswerIsToldItCameTooLate() {
        HttpResponse<String> accepted = post(FORM, "answer=accept&_csrf=" + csrf, SAME_ORIGIN, session);
        assertThat(accepted.statusCode()).isEqualTo(303);
        assertThat(InvitationStubApi.ANSWERS).containsExactly("accept");
        String location = accepted.headers().firstValue("Location").orElseThrow();
        assertThat(get(location, session).body()).contains("role=\"status\"").contains("Votre organisation est maintenant membre de Achat social Estrie.")
                .doesNotContain("id=\"invitations\"");

        HttpResponse<String> again = post(FORM, "answer=decline&_csrf=" + csrf, SAME_ORIGIN, session);
        assertThat(InvitationStubApi.ANSWERS).containsExactly("accept");
        assertThat(get(again.headers().firstValue("Location").orElseThrow(), session).body())
                .contains("Cette invitation n'attend plus de réponse");
    }

    @Test
    void decliningKeepsTheOrganizationOutAndAForgedAnswerChangesNothing() {
        assertThat(post(FORM, "answer=accept", SAME_ORIGIN, session).statusCode()).isEqualTo(403);
        assertThat(post(FORM, "answer=accept&_csrf=" + csrf, Map.of("Origin", "https://evil.example"), session).statusCode()).isEqualTo(403);
        assertThat(InvitationStubApi.ANSWERS).isEmpty();

        HttpResponse<String> declined = post(FORM, "answer=decline&_csrf=" + csrf, SAME_ORIGIN, session);
        assertThat(InvitationStubApi.ANSWERS).containsExactly("decline");
        assertThat(get(declined.headers().firstValue("Location").orElseThrow(), session, "maillage-lang=en").body())
                .contains("Invitation declined: your organization does not join Achat social Estrie.");
    }
}
