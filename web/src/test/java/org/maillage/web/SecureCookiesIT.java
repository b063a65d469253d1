package org.maillage.web;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Unless a local run turns it off, the site's cookies are Secure and __Host- prefixed (no plain-HTTP page or sub-domain sees them). */
@MicronautTest
class SecureCookiesIT extends WebTestSupport {

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = super.getProperties();
        p.remove("maillage.web.secure-cookies");
        return p;
    }

    @Test
    void byDefaultTheFormAndSessionCookiesAreSecureWithTheHostPrefix() {
        HttpResponse<String> form = get("/sign-in");
        String formCookie = setCookieHeader(form, "__Host-maillage-form");
        assertThat(formCookie).as("Set-Cookie %s", form.headers().allValues("Set-Cookie")).isNotNull();
        assertThat(formCookie).containsIgnoringCase("Secure").containsIgnoringCase("HttpOnly").contains("Path=/")
                .doesNotContainIgnoringCase("Domain=");
        assertThat(cookie(form, "maillage-form")).isNull();
    }
}
