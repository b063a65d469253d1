package org.maillage.gateway.paths;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PathNormalizerTest {

    @Test
    void everySpellingOfASignInIsTheSignIn() {
        for (String spelling : new String[]{"/api/auth/login", "/api/auth/login/", "/api//auth//login", "/api/./auth/login",
                "/api/x/../auth/login", "/api/auth/%6Cogin", "/api/auth%2Flogin", "/api/auth/login%2f", "/api/%2E/auth/login",
                "/api/x/%2e%2e/auth/login", "//api/auth/login///"}) {
            assertThat(PathNormalizer.normalize(spelling)).as(spelling).hasValue("/api/auth/login");
        }
    }

    @Test
    void otherEscapesStayForTheServiceToDecode() {
        assertThat(PathNormalizer.normalize("/api/organizations/caf%c3%a9%20x")).hasValue("/api/organizations/caf%C3%A9%20x");
        assertThat(PathNormalizer.normalize("/")).hasValue("/");
    }

    @Test
    void aPathThatNamesNothingIsRefused() {
        assertThat(PathNormalizer.normalize("/api/../../etc/passwd")).isEmpty();
        assertThat(PathNormalizer.normalize("/api/auth/%00login")).isEmpty();
        assertThat(PathNormalizer.normalize("/api/auth/%zzlogin")).isEmpty();
        assertThat(PathNormalizer.normalize("/api/auth/%4")).isEmpty();
    }
}
