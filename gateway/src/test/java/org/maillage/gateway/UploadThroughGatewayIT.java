package org.maillage.gateway;

import com.sun.net.httpserver.HttpServer;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Documents reach contracts-service through the gateway: a multipart body of several MiB passes whole, with its
 * boundary; a file past the upload limit, or any other body past 1 MiB, is refused at the door (413 problem+json naming
 * the file) and never completes at the service (a body of known length is not forwarded at all; a chunked one is cut at
 * the server's limit); uploads spend the caller's quota like every other write.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UploadThroughGatewayIT implements TestPropertyProvider {

    private final List<String> received = new CopyOnWriteArrayList<>();
    private final HttpServer contracts = contracts();

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> getProperties() {
        String url = "http://127.0.0.1:" + contracts.getAddress().getPort();
        return Map.of("maillage.routes.contracts", url, "maillage.routes.directory", url, "maillage.routes.reporting", url,
                "maillage.rate-limits.per-user-per-minute", "4");
    }

    @AfterAll
    void stop() {
        contracts.stop(0);
    }

    @Test
    void aLargeMultipartUploadPassesWholeAndTooLargeBodiesAreRefusedAtTheDoor() {
        byte[] file = new byte[5 * 1024 * 1024];
        Arrays.fill(file, (byte) 'a');
        String path = "/api/opportunities/" + UUID.randomUUID() + "/documents";
        HttpResponse<String> ok = http.toBlocking().exchange(HttpRequest.POST(path, MultipartBody.builder()
                .addPart("file", "plan.pdf", MediaType.APPLICATION_PDF_TYPE, file).addPart("summary", "plans").build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(token("uploader")), String.class);
        assertThat(ok.body()).startsWith("multipart/form-data; boundary=");
        assertThat(Long.parseLong(ok.body().substring(ok.body().lastIndexOf(' ') + 1))).isGreaterThan(file.length);
        assertThat(ok.getHeaders().get("RateLimit-Limit")).isEqualTo("4");

        int before = received.size();
        HttpClientResponseException tooLarge = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                HttpRequest.POST(path, MultipartBody.builder().addPart("file", "x.pdf", MediaType.APPLICATION_PDF_TYPE,
                        new byte[12 * 1024 * 1024]).build()).contentType(MediaType.MULTIPART_FORM_DATA_TYPE), String.class));
        assertThat(tooLarge.getStatus().getCode()).isEqualTo(413);
        assertThat(tooLarge.getResponse().getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
        assertThat(tooLarge.getResponse().getBody(String.class).orElseThrow()).contains("\"field\":\"file\"");

        // JSON anywhere else keeps the small limit, even under 11 MiB
        HttpClientResponseException json = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                HttpRequest.POST("/api/opportunities", "{\"titleFr\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}")
                        .contentType(MediaType.APPLICATION_JSON_TYPE), String.class));
        assertThat(json.getStatus().getCode()).isEqualTo(413);
        assertThat(received).hasSize(before);
    }

    @Test
    void uploadsSpendTheCallersQuotaLikeOtherWrites() {
        String token = token("burst");
        String path = "/api/opportunities/" + UUID.randomUUID() + "/responses/mine/documents";
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            try {
                statuses.add(http.toBlocking().exchange(HttpRequest.POST(path, MultipartBody.builder()
                        .addPart("file", "o.pdf", MediaType.APPLICATION_PDF_TYPE, new byte[1024]).build())
                        .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(token), String.class).getStatus().getCode());
            } catch (HttpClientResponseException e) {
                statuses.add(e.getStatus().getCode());
            }
        }
        assertThat(statuses).containsExactly(200, 200, 200, 200, 429);
    }

    /** An unsigned token is enough: the gateway only reads its subject to count, the service behind verifies it. */
    private static String token(String subject) {
        java.util.Base64.Encoder b64 = java.util.Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(("{\"sub\":\"" + subject + "\"}").getBytes(StandardCharsets.UTF_8)) + ".x";
    }

    /** Answers with the Content-Type and the number of bytes it received. */
    private HttpServer contracts() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.createContext("/", exchange -> {
                long n = exchange.getRequestBody().readAllBytes().length;
                // only what a caller sent through: the gateway also reads the service's API description now and then
                if (exchange.getRequestURI().getPath().startsWith("/api/")) {
                    received.add(exchange.getRequestURI().getPath());
                }
                byte[] body = (exchange.getRequestHeaders().getFirst("Content-Type") + " " + n).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "text/plain");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
