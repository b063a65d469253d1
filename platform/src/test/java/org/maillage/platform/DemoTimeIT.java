package org.maillage.platform;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.maillage.platform.demo.DemoTime;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Only the demo loader, with the run's key, dates a write in the past; everyone else writes now. */
class DemoTimeIT {

    private static final String KEY = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theLoaderWithTheRunsKeyWritesAtTheMomentOfItsStory() throws Exception {
        try (EmbeddedServer server = start(KEY)) {
            HttpResponse<String> r = post(server, Map.of(DemoTime.TIME_HEADER, "2014-04-07T09:30:00-04:00", DemoTime.KEY_HEADER, KEY));
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).isEqualTo("2014-04-07T13:30:00Z");
            // to the microsecond, as PostgreSQL stores it, so a time read back equals the time written
            HttpResponse<String> precise = post(server, Map.of(DemoTime.TIME_HEADER, "2014-04-07T09:30:00.123456789-04:00",
                    DemoTime.KEY_HEADER, KEY));
            assertThat(precise.body()).isEqualTo("2014-04-07T13:30:00.123456Z");
        }
    }

    @Test
    void withoutTheHeaderAWriteHappensNowKeyOrNot() throws Exception {
        try (EmbeddedServer server = start(KEY)) {
            Instant before = Instant.now();
            Instant at = Instant.parse(post(server, Map.of()).body());
            assertThat(at).isBetween(before, Instant.now());
            assertThat(at.getNano() % 1_000).as("to the microsecond").isZero();
        }
    }

    @Test
    void aDeploymentWithoutTheSettingRefusesTheHeaderWhateverKeyIsSent() throws Exception {
        try (EmbeddedServer server = start(null)) {
            HttpResponse<String> r = post(server, Map.of(DemoTime.TIME_HEADER, "2014-04-07T09:30:00-04:00", DemoTime.KEY_HEADER, KEY));
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(r.body()).contains(DemoTime.TIME_HEADER).doesNotContain("2014");
        }
    }

    @Test
    void aWrongOrMissingKeyIsRefused() throws Exception {
        try (EmbeddedServer server = start(KEY)) {
            assertThat(post(server, Map.of(DemoTime.TIME_HEADER, "2014-04-07T09:30:00-04:00", DemoTime.KEY_HEADER, "guess")).statusCode())
                    .isEqualTo(403);
            assertThat(post(server, Map.of(DemoTime.TIME_HEADER, "2014-04-07T09:30:00-04:00")).statusCode()).isEqualTo(403);
        }
    }

    @Test
    void aMomentInTheFutureOrWithoutItsOffsetIsRefusedNamingTheHeader() throws Exception {
        try (EmbeddedServer server = start(KEY)) {
            String future = Instant.now().plus(Duration.ofDays(1)).toString();
            for (String when : new String[]{future, "2014-04-07T09:30:00", "hier"}) {
                HttpResponse<String> r = post(server, Map.of(DemoTime.TIME_HEADER, when, DemoTime.KEY_HEADER, KEY));
                assertThat(r.statusCode()).as(when).isEqualTo(400);
                assertThat(r.body()).as(when).contains("\"field\":\"" + DemoTime.TIME_HEADER + "\"");
            }
        }
    }

    private static EmbeddedServer start(String key) {
        Map<String, Object> settings = new HashMap<>(Map.of("micronaut.server.port", "-1", "test.echo", "true", "micronaut.security.enabled", "true"));
        if (key != null) {
            settings.put("maillage.demo.backdating.key", key);
        }
        return ApplicationContext.run(EmbeddedServer.class, settings, "test");
    }

    private HttpResponse<String> post(EmbeddedServer server, Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.getURL() + "/now")).POST(HttpRequest.BodyPublishers.noBody());
        headers.forEach(b::header);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
