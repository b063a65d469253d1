package org.maillage.devstack.demo;

import org.maillage.devstack.ApiClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

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

    private final ApiClient api;
    private final Path contractsFile;
    private final Map<String, String> contracts = new HashMap<>();
    private final ReentrantLock writing = new ReentrantLock();
    private volatile boolean paused;

    DemoWrites(ApiClient api, Path folder) {
        this.api = api;
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

    /** @param then runs before the next write may start or the launcher stop: where what was made is noted */
    ApiClient.Reply send(String method, String path, Object body, String token, Consumer<ApiClient.Reply> then) {
        writing.lock();
        try {
            if (paused) {
                throw new Paused();
            }
            ApiClient.Reply reply = api.send(method, path, body, token);
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
