package org.maillage.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.maillage.devstack.ApiClient;
import org.maillage.devstack.DemoAccounts;
import org.maillage.testkit.RunningPlatform;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One visitor of the site must not stop everyone: sign-ins through the site's own form (its anti-forgery token
 * included) from two loopback addresses. The first one's failures, enough to trip the gateway's sign-in limit per
 * address (20 a minute) and the account's lock, touch neither the second address's sign-in nor the account's owner.
 * The gateway sees each visitor's own address (every service listens on all interfaces here, on 127.0.0.1 locally: a
 * socket bound to 127.0.0.2 reaches either, and the gateway reads 127.0.0.2 off the connection); the site passes it on
 * in X-Forwarded-For.
 *
 * It needs the gateway's default sign-in limit (20 a minute per address), which the shared platform lifts (its visitors
 * all come from 127.0.0.1): so a site and a gateway of its own, with the default limits and trusting the site at
 * 127.0.0.1 as locally, in front of the shared platform's services. Makes its own account.
 */
class VisitorLimitsSystemIT {

    static RunningPlatform platform;
    static RunningPlatform.Front front;

    @BeforeAll
    static void startFront() throws Exception {
        platform = SharedPlatform.get();
        front = platform.extraFront("default-limits", Map.of());
    }

    @AfterAll
    static void stopFront() {
        if (front != null) {
            front.close();
        }
    }

    @Test
    void oneVisitorsFailedSignInsThroughTheSiteTouchNeitherAnotherVisitorNorTheAccountsOwner() throws Exception {
        ApiClient api = new ApiClient(front.url());
        String coordinator = platform.coordinatorToken();
        String enterprise = api.post("/api/enterprises", Map.of("legalName", "Visiteurs " + UUID.randomUUID(),
                "neq", String.valueOf(1_170_000_000L + (long) (Math.random() * 9_999_999)), "pilotId", DemoAccounts.MONTREAL_PILOT),
                coordinator).text("id");
        String email = "ventes-" + UUID.randomUUID().toString().substring(0, 8) + "@visiteurs.test";
        String password = "Bon-Mot-de-Passe-2026";
        assertThat(api.post("/api/accounts", Map.of("email", email, "password", password, "role", "SUPPLIER",
                "pilots", List.of(DemoAccounts.MONTREAL_PILOT), "organizationId", enterprise), coordinator).status()).isEqualTo(201);
        int port = URI.create(front.url()).getPort();

        LoopbackBrowser stranger = new LoopbackBrowser("127.0.0.2", port);
        List<Integer> onTheEmail = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            onTheEmail.add(signIn(stranger, email, "mauvais-" + i).status());
        }
        // the fifth failure locks this address out of the email, and it stays out, even with the right password
        assertThat(onTheEmail).as("answers %s", onTheEmail).containsExactly(401, 401, 401, 401, 429, 429);
        assertThat(signIn(stranger, email, password).status()).isEqualTo(429);

        // then a burst on made-up emails, each form with its own token: more than the gateway's 20 sign-ins a minute
        // per address, so some are refused there (a made-up email is never locked: each fails once)
        List<LoopbackBrowser.Page> forms = new ArrayList<>();
        List<LoopbackBrowser> browsers = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            LoopbackBrowser b = new LoopbackBrowser("127.0.0.2", port);
            forms.add(b.get("/sign-in?back=%2Fsupplier"));
            browsers.add(b);
        }
        ExecutorService pool = Executors.newFixedThreadPool(24);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> burst = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            LoopbackBrowser b = browsers.get(i);
            String token = forms.get(i).csrf();
            String madeUp = "inconnu-" + i + "-" + UUID.randomUUID().toString().substring(0, 6) + "@visiteurs.test";
            burst.add(pool.submit(() -> {
                start.await();
                return b.postForm("/sign-in", Map.of("email", madeUp, "password", "mauvais", "back", "/supplier", "_csrf", token)).status();
            }));
        }
        start.countDown();
        List<Integer> burstAnswers = new ArrayList<>();
        for (Future<Integer> f : burst) {
            burstAnswers.add(f.get(3, TimeUnit.MINUTES));
        }
        pool.shutdown();
        assertThat(burstAnswers).as("answers %s", burstAnswers).containsOnly(401, 429).contains(429);

        // another visitor signs in, and so does the owner, with the right password, from their own address
        LoopbackBrowser owner = new LoopbackBrowser("127.0.0.3", port);
        LoopbackBrowser.Page signedIn = signIn(owner, email, password);
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(303);
        assertThat(signedIn.header("Location")).isEqualTo("/supplier");
        assertThat(owner.cookie("maillage-session")).isNotBlank();
        assertThat(owner.get("/account").body()).contains(email);
    }

    /** Opens the sign-in page (its form token and cookie), then sends the form, as a browser does. */
    private static LoopbackBrowser.Page signIn(LoopbackBrowser browser, String email, String password) throws Exception {
        String token = browser.get("/sign-in?back=%2Fsupplier").csrf();
        return browser.postForm("/sign-in", Map.of("email", email, "password", password, "back", "/supplier", "_csrf", token));
    }
}
