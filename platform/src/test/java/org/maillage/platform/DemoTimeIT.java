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
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only the demo loader, with the run's key, dates a write in the past; everyone else writes now. On the module's shared
 * test application, which holds the key; a deployment without it is a service of its own, started by its test.
 */
class DemoTimeIT extends TestAppIT {

    private static final String KEY = DEMO_KEY;
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theLoaderWithTheRunsKeyWritesAtTheMomentOfItsStory() throws Exception {
        HttpResponse<String> r = post(server, Map.of(DemoTime.TIME_HEADER, "2014-04-07T09:30:00-04:00", DemoTime.KEY_HEADER, KEY));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("2014-04-07T13:30:00Z");
        // to the microsecond, as PostgreSQL stores it, so a time read back equals the time written
        HttpResponse<String> precise = post(server, Map.of(DemoTime.TIME_HEADER, "2014-04-07T09:30:00.123456789-04:00",
                DemoTime.KEY_HEADER, KEY));
        assertThat(precise.body()).isEqualTo("2014-04-07T13:30:00.123456Z");
    }

    @Test
    void withoutTheHeaderAWriteHappensNowKeyOrNot() throws Exception {
        Instant before = Instant.now();
        Instant at = Instant.parse(post(server, Map.of()).body());
        assertThat(at).isBetween(before, Instant.now());
        assertThat(at.getNano() % 1_000).as("to the microsecond").isZero();
    }

    @Test
    void aDeploymentWithoutTheSettingRefusesTheHeaderWhateverKeyIsSent() throws Exception {
        try (EmbeddedServer server = withoutKey()) {
            HttpResponse<String> r = post(server, Map.of(DemoTime.TIME_HEADER, "2014-04-07T09:30:00-04:00", DemoTime.KEY_HEADER, KEY));
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(r.body()).contains(DemoTime.TIME_HEADER).doesNotContain("2014");
        }
    }

    @Test
    void aWrongOrMissingKeyIsRefused() throws Exception {
        assertThat(post(server, Map.of(DemoTime.TIME_HEADER, "2014-04-07T09:30:00-04:00", DemoTime.KEY_HEADER, "guess")).statusCode())
                .isEqualTo(403);
        assertThat(post(server, Map.of(DemoTime.TIME_HEADER, "2014-04-07T09:30:00-04:00")).statusCode()).isEqualTo(403);
    }

    @Test
    void aMomentInTheFutureOrWithoutItsOffsetIsRefusedNamingTheHeader() throws Exception {
        String future = Instant.now().plus(Duration.ofDays(1)).toString();
        for (String when : new String[]{future, "2014-04-07T09:30:00", "hier"}) {
            HttpResponse<String> r = post(server, Map.of(DemoTime.TIME_HEADER, when, DemoTime.KEY_HEADER, KEY));
            assertThat(r.statusCode()).as(when).isEqualTo(400);
            assertThat(r.body()).as(when).contains("\"field\":\"" + DemoTime.TIME_HEADER + "\"");
        }
    }

    /** The test application as a deployment without the setting. */
    private static EmbeddedServer withoutKey() {
        return ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", "-1", "test.echo", "true",
                "micronaut.security.enabled", "true"), "test");
    }

    private HttpResponse<String> post(EmbeddedServer server, Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.getURL() + "/now")).POST(HttpRequest.BodyPublishers.noBody());
        headers.forEach(b::header);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
