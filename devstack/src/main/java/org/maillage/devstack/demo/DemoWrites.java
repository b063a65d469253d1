package org.maillage.devstack.demo;

import org.maillage.devstack.ApiClient;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The demo's writes, one at a time, so that a stopping launcher can let the one in flight finish and be noted
 * ({@link #pause}) before the services go; and the notes the API offers no way to look up again: the contracts
 * made, by their natural key (there is no list of contracts to search), kept in a file beside the data.
 */
final class DemoWrites {

    /** Thrown by a write asked for after {@link #pause}: the launcher is stopping. */
    static final class Paused extends RuntimeException {
        Paused() {
            super("the launcher is stopping");
        }
    }

    // the platform's names (org.maillage.platform.demo.DemoTime): devstack does not depend on the services
    private static final String TIME_HEADER = "Maillage-Demo-Time";
    private static final String KEY_HEADER = "Maillage-Demo-Key";

    private final ApiClient api;
    private final String backdatingKey;
    private final Path contractsFile;
    private final Map<String, String> contracts = new HashMap<>();
    private final ReentrantLock writing = new ReentrantLock();
    private volatile boolean paused;

    DemoWrites(ApiClient api, Path folder, String backdatingKey) {
        this.api = api;
        this.backdatingKey = backdatingKey;
        this.contractsFile = folder.resolve("contracts.tsv");
        try {
            Files.createDirectories(folder);
            if (Files.exists(contractsFile)) {
                for (String line : Files.readAllLines(contractsFile)) {
                    String[] kv = line.split("\t");
                    if (kv.length == 2) {
                        contracts.put(kv[0], kv[1]);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ApiClient.Reply send(String method, String path, Object body, String token) {
        return send(method, path, body, token, r -> { });
    }

    /**
     * A write the API records as made at {@code at}, a moment of the pilot's story; the platform accepts the date from
     * the loader only, which proves itself with the run's key (see the platform's DemoTime). Without a moment or a key,
     * made today.
     */
    ApiClient.Reply sendAt(ZonedDateTime at, String method, String path, Object body, String token) {
        Map<String, String> headers = at == null || backdatingKey == null ? Map.of()
                : Map.of(TIME_HEADER, at.toOffsetDateTime().toString(), KEY_HEADER, backdatingKey);
        return write(() -> api.send(method, path, "application/json", body, token, headers), r -> { });
    }

    /** A file sent as a browser's form would (multipart, field {@code file}), recorded as made at {@code at} as {@link #sendAt}. */
    ApiClient.Reply attachAt(ZonedDateTime at, String path, String fileName, String contentType, byte[] content, String token) {
        String boundary = "maillage-demo-" + Long.toHexString(System.nanoTime());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        Map<String, String> headers = at == null || backdatingKey == null ? Map.of()
                : Map.of(TIME_HEADER, at.toOffsetDateTime().toString(), KEY_HEADER, backdatingKey);
        return write(() -> api.send("POST", path, "multipart/form-data; boundary=" + boundary, body.toByteArray(), token, headers), r -> { });
    }

    /** @param then runs before the next write may start or the launcher stop: where what was made is noted */
    ApiClient.Reply send(String method, String path, Object body, String token, Consumer<ApiClient.Reply> then) {
        return write(() -> api.send(method, path, body, token), then);
    }

    private ApiClient.Reply write(Supplier<ApiClient.Reply> call, Consumer<ApiClient.Reply> then) {
        writing.lock();
        try {
            if (paused) {
                throw new Paused();
            }
            ApiClient.Reply reply = call.get();
            then.accept(reply);
            return reply;
        } finally {
            writing.unlock();
        }
    }

    /** No write starts after this; waits for the one in flight, up to the timeout. */
    void pause(Duration timeout) {
        paused = true;
        try {
            if (writing.tryLock(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                writing.unlock();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    boolean paused() {
        return paused;
    }

    String contract(String key) {
        return contracts.get(key);
    }

    void noteContract(String key, String id) {
        contracts.put(key, id);
        try {
            Files.writeString(contractsFile, key + "\t" + id + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String key(Object... parts) {
        return String.join("|", List.of(parts).stream().map(String::valueOf).toList()).replace('\t', ' ').replace('\n', ' ');
    }
}
