package org.maillage.contracts.document;

import org.maillage.testkit.TestInfrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.awaitility.Awaitility.await;

/**
 * Adobe's S3Mock, an S3-compatible server, as a process of its own (it is a Spring Boot application with its own
 * AWS SDK: kept off this JVM's classpath, like the broker). Its classpath comes from the s3-mock-server module.
 */
final class S3MockServer implements AutoCloseable {

    private final Process process;
    private final int port;

    private S3MockServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static S3MockServer start(Path root) {
        try {
            Files.createDirectories(root);
            int port = TestInfrastructure.freePort();
            Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", classpath(),
                    "com.adobe.testing.s3mock.S3MockApplication",
                    "--com.adobe.testing.s3mock.httpPort=" + port, "--server.port=" + TestInfrastructure.freePort(),
                    "--com.adobe.testing.s3mock.store.root=" + root.toAbsolutePath()))
                    .redirectErrorStream(true).redirectOutput(root.resolveSibling(root.getFileName() + ".log").toFile()).start();
            S3MockServer server = new S3MockServer(p, port);
            // the JVM may end without @AfterAll (a killed build): the process goes with it
            Runtime.getRuntime().addShutdownHook(new Thread(p::destroyForcibly));
            await().atMost(Duration.ofSeconds(90)).until(() -> {
                if (!p.isAlive()) {
                    throw new IllegalStateException("S3Mock stopped; see " + root.resolveSibling(root.getFileName() + ".log"));
                }
                try (Socket s = new Socket()) {
                    s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                    return true;
                } catch (IOException notYet) {
                    return false;
                }
            });
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static String classpath() throws IOException {
        try (InputStream in = S3MockServer.class.getResourceAsStream("/maillage/s3mock-classpath.txt")) {
            if (in == null) {
                throw new IllegalStateException("s3-mock-server module not built: maillage/s3mock-classpath.txt is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
    }
}
