package org.maillage.gateway;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/** A service behind the gateway that records the paths it is asked for (and who for) and can be slow to describe itself. */
final class FakeService implements AutoCloseable {

    static final String DESCRIPTION = "openapi: 3.0.1\npaths:\n  /api/fake:\n    get:\n      operationId: show\n      responses:\n        \"200\":\n          description: ok\n";

    private final HttpServer server;
    final List<String> paths = new CopyOnWriteArrayList<>();
    private final List<String> apiCallers = new CopyOnWriteArrayList<>();

    FakeService(Duration describeDelay) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getRawPath();
            paths.add(path);
            if (path.startsWith("/api/")) {
                apiCallers.add(String.join(",", exchange.getRequestHeaders().getOrDefault("X-Forwarded-For", java.util.List.of())));
            }
            byte[] body;
            if (path.startsWith("/swagger/")) {
                pause(describeDelay);
                body = DESCRIPTION.getBytes(StandardCharsets.UTF_8);
            } else {
                body = "{}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
            }
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    /** The X-Forwarded-For each /api/ call arrived with, all its values joined. */
    List<String> apiCallers() {
        return List.copyOf(apiCallers);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis()); // the slowness being simulated, in the fake service, not in a test
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
