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
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
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
/*
 * Not the module's shared gateway (NoServiceGatewayIT): its gateway routes every service to a fake contracts-service
 * that records what reached it, and lowers the writes a caller may send a minute to 4.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UploadThroughGatewayIT implements TestPropertyProvider {

    private final List<String> received = new CopyOnWriteArrayList<>();
    private final HttpServer contracts = contracts();

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        String url = "http://127.0.0.1:" + contracts.getAddress().getPort();
        return Map.of("maillage.routes.contracts", url, "maillage.routes.directory", url, "maillage.routes.reporting", url,
                "maillage.routes.web", url, "maillage.rate-limits.per-user-per-minute", "4");
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

    /** Every route that takes a document, the site's as the API's, takes a 5 MiB file through the gateway. */
    @Test
    void aFiveMebibyteFilePassesOnEveryUploadRouteOfTheApiAndTheSite() {
        byte[] file = new byte[5 * 1024 * 1024];
        Arrays.fill(file, (byte) 'r');
        String id = UUID.randomUUID().toString();
        for (String path : List.of("/api/opportunities/" + id + "/documents", "/api/opportunities/" + id + "/responses/mine/documents",
                "/buyer/opportunities/" + id + "/documents", "/supplier/opportunities/" + id + "/response/documents")) {
            HttpResponse<String> ok = http.toBlocking().exchange(HttpRequest.POST(path, MultipartBody.builder()
                    .addPart("file", "offre.pdf", MediaType.APPLICATION_PDF_TYPE, file).build())
                    .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(token("five-" + path.charAt(1) + path.length())), String.class);
            assertThat(ok.getStatus().getCode()).as(path).isEqualTo(200);
            assertThat(Long.parseLong(ok.body().substring(ok.body().lastIndexOf(' ') + 1))).as(path).isGreaterThan(file.length);
        }
    }

    /** A body sent in chunks, with no length to check up front, is counted as it streams and stopped at its path's limit. */
    @Test
    void aChunkedBodyIsHeldToItsPathsLimitWhileItStreams() throws IOException {
        String id = UUID.randomUUID().toString();

        // under its path's limit, a chunked body passes whole
        String small = chunked("/api/opportunities/" + id + "/documents", "multipart/form-data; boundary=b", 3 * 1024 * 1024);
        assertThat(small).startsWith("HTTP/1.1 200").contains(" " + 3 * 1024 * 1024);
        String json200 = chunked("/api/opportunities", "application/json", 900 * 1024);
        assertThat(json200).startsWith("HTTP/1.1 200");

        int before = received.size();
        String json = chunked("/api/opportunities", "application/json", 2 * 1024 * 1024);
        assertThat(json).startsWith("HTTP/1.1 413").contains("application/problem+json").contains("larger than 1 MiB");
        String upload = chunked("/api/opportunities/" + id + "/responses/mine/documents", "multipart/form-data; boundary=b",
                12 * 1024 * 1024);
        assertThat(upload).startsWith("HTTP/1.1 413").contains("\"field\":\"file\"");
        // the service never received either whole (a cut body is not a request)
        assertThat(received).hasSize(before);
    }

    /** Sends {@code size} bytes in 64 KiB chunks (Transfer-Encoding: chunked, no Content-Length); answers the raw response. */
    private String chunked(String path, String contentType, int size) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + contentType
                    + "\r\nTransfer-Encoding: chunked\r\nAuthorization: Bearer " + token("chunks-" + UUID.randomUUID())
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) 'c');
            try {
                for (int sent = 0; sent < size; sent += chunk.length) {
                    int n = Math.min(chunk.length, size - sent);
                    out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(chunk, 0, n);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException closedWhileSending) {
                // the gateway may close once it has answered: the answer is still there to read
            }
            return response(socket.getInputStream());
        }
    }

    /** One HTTP/1.1 response: its head, then its body by Content-Length (the connection may stay open after it). */
    private static String response(java.io.InputStream in) throws IOException {
        java.io.ByteArrayOutputStream head = new java.io.ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?im)^content-length:\\s*(\\d+)").matcher(text);
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        if (length.find()) {
            body.write(in.readNBytes(Integer.parseInt(length.group(1))));
        } else if (text.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) {
            for (int size = Integer.parseInt(line(in), 16); size > 0; size = Integer.parseInt(line(in), 16)) {
                body.write(in.readNBytes(size));
                line(in);
            }
        }
        return text + body.toString(StandardCharsets.UTF_8);
    }

    private static String line(java.io.InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString().strip();
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
