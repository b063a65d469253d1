package org.maillage.web.account;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.maillage.web.WebTestSupport;
import org.maillage.web.stub.PasswordStubApi;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** "Forgot my password" and choosing a password from the emailed link, without JavaScript: plain forms, errors by the field. */
@MicronautTest
class PasswordPagesIT extends WebTestSupport {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Map<String, String> SAME_ORIGIN = Map.of("Origin", BASE);

    /** The form token cookie and the token in the page's form. */
    private static String[] visit(String path) {
        HttpResponse<String> form = get(path);
        Matcher m = CSRF.matcher(form.body());
        assertThat(m.find()).as(path + " has a form token").isTrue();
        return new String[]{cookie(form, "maillage-form"), m.group(1)};
    }

    private static HttpResponse<String> ask(String email) {
        String[] v = visit("/forgot-password");
        return post("/forgot-password", "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&_csrf=" + v[1], SAME_ORIGIN, v[0]);
    }

    @Test
    void theSignInPageLeadsToAFormThatAsksForTheAddressInBothLanguages() {
        assertThat(get("/sign-in").body()).contains("href=\"/forgot-password\"");
        String fr = get("/forgot-password").body();
        assertThat(fr).contains("<h1>Mot de passe oublié</h1>").contains("<label for=\"email\">Adresse courriel</label>")
                .contains("action=\"/forgot-password\"").contains("autocomplete=\"email\"").contains("expire après une heure");
        String en = get("/forgot-password", "maillage-lang=en").body();
        assertThat(en).contains("<h1>Forgot your password</h1>").contains("Email address").contains("Send me a link");
    }

    @Test
    void anyAddressLeadsToTheSameAnswerAfterARedirect() {
        HttpResponse<String> r = ask("quelqu.un@coop.test");
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).hasValue("/forgot-password/sent");
        assertThat(PasswordStubApi.FORGOTTEN).contains("quelqu.un@coop.test");
        HttpResponse<String> other = ask("personne@nulle-part.test");
        assertThat(other.headers().firstValue("Location")).hasValue("/forgot-password/sent");

        String sent = get("/forgot-password/sent").body();
        assertThat(sent).contains("Vérifiez vos courriels").contains("Si un compte Maillage a cette adresse").contains("role=\"status\"")
                .doesNotContain("quelqu.un@coop.test");
    }

    @Test
    void aMissingOrMalformedAddressIsSaidNextToTheFieldAndKept() {
        HttpResponse<String> r = ask("pas-une-adresse");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("class=\"error-summary\"").contains("href=\"#email\"")
                .contains("id=\"email-error\"").contains("aria-describedby=\"email-error\"").contains("aria-invalid=\"true\"")
                .contains("value=\"pas-une-adresse\"").contains("Entrez une adresse courriel");
        assertThat(ask("").statusCode()).isEqualTo(400);
    }

    @Test
    void tooManyRequestsAreSaidNextToTheField() {
        HttpResponse<String> r = ask(PasswordStubApi.FLOODED);
        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(r.body()).contains("id=\"email-error\"").contains("Trop de demandes");
    }

    @Test
    void aFormWithoutItsTokenIsRefused() {
        HttpResponse<String> r = post("/forgot-password", "email=a%40b.test", SAME_ORIGIN);
        assertThat(r.statusCode()).isEqualTo(403);
    }

    @Test
    void theEmailedLinkFillsInTheCodeWhichWorksOnce() {
        String page = get("/choose-password?code=" + PasswordStubApi.GOOD_CODE).body();
        assertThat(page).contains("value=\"" + PasswordStubApi.GOOD_CODE + "\"").contains("Le code de votre lien est déjà inscrit");
        assertThat(get("/choose-password").body()).contains("Entrez le code à usage unique").doesNotContain(PasswordStubApi.GOOD_CODE);

        String[] v = visit("/choose-password?code=" + PasswordStubApi.GOOD_CODE);
        String form = "code=" + PasswordStubApi.GOOD_CODE + "&password=Un-mot-de-passe-2027&confirmation=Un-mot-de-passe-2027&_csrf=" + v[1];
        HttpResponse<String> done = post("/choose-password", form, SAME_ORIGIN, v[0]);
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("Votre mot de passe est enregistré");

        HttpResponse<String> again = post("/choose-password", form, SAME_ORIGIN, v[0]);
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("id=\"code-error\"").contains("déjà utilisé ou expiré").contains("Mot de passe oublié");
    }
}
