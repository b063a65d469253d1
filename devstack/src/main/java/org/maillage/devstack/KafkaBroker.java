package org.maillage.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A real Apache Kafka 4.1.1 broker (KRaft, one node) in a child process.
 * A separate process keeps the broker's jars off the services' classpath, and lets tests
 * stop and restart the broker to inject faults.
 */
public final class KafkaBroker implements AutoCloseable {

    private final Path dir;
    private final int port;
    private final int controllerPort;
    private final ChildProcesses children;
    private ChildProcess process;

    /** A broker stopped with the JVM that started it, whatever way that JVM ends. */
    public KafkaBroker(Path dir, int port, int controllerPort) {
        this(dir, port, controllerPort, ChildProcesses.ofThisJvm());
    }

    public KafkaBroker(Path dir, int port, int controllerPort, ChildProcesses children) {
        this.dir = dir.toAbsolutePath().normalize();
        this.port = port;
        this.controllerPort = controllerPort;
        this.children = children;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public synchronized KafkaBroker start() {
        if (process != null && process.process().isAlive()) {
            return this;
        }
        try {
            Files.createDirectories(dir);
            Path props = writeProperties();
            if (!Files.exists(dir.resolve("logs").resolve("meta.properties"))) {
                run(List.of("kafka.tools.StorageTool", "format", "-t", clusterId(), "-c", props.toString()), Duration.ofSeconds(60));
            }
            ProcessBuilder pb = java(List.of("kafka.Kafka", props.toString()))
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("broker.log").toFile()))
                    .redirectErrorStream(true);
            process = children.start("kafka", pb, props.toString(), ChildProcess.Signal.TERM, Duration.ofSeconds(30));
            Ports.awaitOpen("Kafka", port, process.process(), Duration.ofSeconds(90));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized void stop() {
        if (process == null) {
            return;
        }
        children.stop(process);
        process = null;
    }

    public synchronized boolean isRunning() {
        return process != null && process.process().isAlive();
    }

    public long pid() {
        return process == null ? -1 : process.pid();
    }

    @Override
    public void close() {
        stop();
    }

    private Path writeProperties() throws IOException {
        String logs = dir.resolve("logs").toString();
        String text = String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "inter.broker.listener.name=PLAINTEXT",
                "log.dirs=" + logs,
                "num.partitions=3",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=5",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "auto.create.topics.enable=false",
                "log.retention.ms=-1",
                "");
        Path props = dir.resolve("server.properties");
        Files.writeString(props, text, StandardCharsets.UTF_8);
        return props;
    }

    private String clusterId() throws IOException {
        Path idFile = dir.resolve("cluster.id");
        if (!Files.exists(idFile)) {
            // KRaft wants a base64 UUID of 22 characters; one starting with '-' would be read as an option
            String id;
            do {
                java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(16);
                UUID u = UUID.randomUUID();
                b.putLong(u.getMostSignificantBits()).putLong(u.getLeastSignificantBits());
                id = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(b.array());
            } while (!Character.isLetterOrDigit(id.charAt(0)));
            Files.writeString(idFile, id);
        }
        return Files.readString(idFile).trim();
    }

    private void run(List<String> args, Duration timeout) throws IOException {
        ProcessBuilder pb = java(args).redirectErrorStream(true).redirectOutput(dir.resolve("format.log").toFile());
        ChildProcess format = children.start("kafka-format", pb, dir.resolve("server.properties").toString(), ChildProcess.Signal.TERM,
                Duration.ofSeconds(5));
        try {
            if (!format.process().waitFor(timeout.toSeconds(), TimeUnit.SECONDS) || format.process().exitValue() != 0) {
                throw new StackFailure("Kafka storage format failed, see " + dir.resolve("format.log"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackFailure("interrupted while formatting Kafka's storage");
        } finally {
            children.stop(format);
        }
    }

    private ProcessBuilder java(List<String> mainAndArgs) throws IOException {
        List<String> cmd = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms128m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp", brokerClasspath()));
        cmd.addAll(mainAndArgs);
        return new ProcessBuilder(cmd).directory(dir.toFile());
    }

    static String brokerClasspath() throws IOException {
        try (InputStream in = KafkaBroker.class.getResourceAsStream("/maillage/kafka-classpath.txt")) {
            if (in == null) {
                throw new IllegalStateException("kafka-broker module not built: maillage/kafka-classpath.txt is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
    }
}
