package org.maillage.devstack;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The launcher as a user runs it, a process of its own: interrupted at each moment of start-up (found from its
 * pid files and its progress output, never from timing), it leaves no process and no port behind; killed with
 * SIGKILL, what it left is stopped by `stop` or by the next start; a port already taken is said clearly.
 * Infrastructure only (`Stack infra`): the services' part of start-up goes through the same child registry.
 */
class LauncherIT {

    private Path home;
    private int pgPort;
    private int kafkaPort;
    private int controllerPort;
    private final List<Process> launchers = new ArrayList<>();

    @BeforeEach
    void freshHome() throws IOException {
        home = Files.createDirectories(Path.of("target", "launcher-it", UUID.randomUUID().toString().substring(0, 8))).toAbsolutePath();
        pgPort = FreePorts.next();
        kafkaPort = FreePorts.next();
        controllerPort = FreePorts.next();
    }

    @AfterEach
    void nothingLeft() {
        launchers.forEach(Process::destroyForcibly);
        Stack.stopEverything(layout());
    }

    @Test
    void sigintDuringInitdbLeavesNothing() throws Exception {
        Process launcher = start("infra");
        await().atMost(Duration.ofSeconds(60)).until(() -> pidFile("initdb") || exited(launcher));
        signal(launcher, "INT");
        assertStoppedCleanly(launcher);
    }

    @Test
    void sigtermWhilePostgresStartsLeavesNothing() throws Exception {
        Process launcher = start("infra");
        await().atMost(Duration.ofSeconds(60)).until(() -> pidFile("postgres") || exited(launcher));
        signal(launcher, "TERM");
        assertStoppedCleanly(launcher);
    }

    /** The database and the broker start side by side: interrupted once the broker's own process runs, before it is ready. */
    @Test
    void sigintWhileTheBrokerStartsLeavesNothing() throws Exception {
        Process launcher = start("infra");
        await().atMost(Duration.ofSeconds(90)).until(() -> pidFile("kafka") || exited(launcher));
        assertThat(output()).doesNotContain("infrastructure ready");
        signal(launcher, "INT");
        assertStoppedCleanly(launcher);
    }

    @Test
    void sigtermOnceUpLeavesNothing() throws Exception {
        Process launcher = start("infra");
        awaitOutput(launcher, "infrastructure ready");
        signal(launcher, "TERM");
        assertStoppedCleanly(launcher);
        assertThat(Files.exists(home.resolve("infra.env"))).isFalse();
    }

    @Test
    void whatASigkillLeavesIsStoppedByStop() throws Exception {
        Process launcher = start("infra");
        awaitOutput(launcher, "infrastructure ready");
        signal(launcher, "KILL");
        launcher.waitFor();
        assertThat(processesOfThisHome()).as("PostgreSQL and Kafka outlive a SIGKILL of the launcher").hasSize(2);

        Process stop = start("stop");
        assertThat(stop.waitFor()).isZero();
        // in either order: the two start side by side
        assertThat(output()).contains("stopped ").contains("kafka (pid").contains("postgres (pid");
        assertNothingLeft();
    }

    @Test
    void whatASigkillLeavesIsStoppedByTheNextStart() throws Exception {
        Process first = start("infra");
        await().atMost(Duration.ofSeconds(90)).until(() -> pidFile("kafka") || exited(first));
        signal(first, "KILL");
        first.waitFor();
        assertThat(processesOfThisHome()).isNotEmpty();

        Process second = start("infra");
        awaitOutput(second, "infrastructure ready");
        assertThat(output()).contains("cleanup     stopped what a killed launcher left: ");
        signal(second, "TERM");
        assertStoppedCleanly(second);
    }

    @Test
    void aTakenPortIsNamedWithItsHolderAndHowToMoveIt() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.0.1", pgPort));
            Process launcher = start("infra");
            assertThat(launcher.waitFor()).isEqualTo(1);
            assertThat(output())
                    .contains("port " + pgPort + " (PostgreSQL) is already in use by pid " + ProcessHandle.current().pid())
                    .contains("MAILLAGE_PG_PORT=")
                    .doesNotContain("Exception");
        }
        assertNothingLeft();
    }

    @Test
    void aSecondLauncherOnTheSameDataFolderRefusesAndLeavesTheFirstRunning() throws Exception {
        Process first = start("infra");
        awaitOutput(first, "infrastructure ready");
        Process second = start("infra");
        assertThat(second.waitFor()).isEqualTo(1);
        assertThat(output()).contains("a launcher already runs with the data folder");
        assertThat(first.isAlive()).isTrue();
        signal(first, "TERM");
        assertStoppedCleanly(first);
    }

    // ---- the launcher as a process ----

    private Process start(String mode) throws IOException {
        List<String> cmd = new ArrayList<>();
        // a launcher started from a background job inherits an ignored SIGINT, which the JVM then keeps ignoring
        if (envResetsSignals()) {
            cmd.addAll(List.of("env", "--default-signal=INT"));
        }
        cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
                "org.maillage.devstack.Stack", mode));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("launcher.out").toFile()));
        Map<String, String> env = pb.environment();
        env.putAll(Map.of("MAILLAGE_HOME", home.toString(), "MAILLAGE_PG_PORT", String.valueOf(pgPort),
                "MAILLAGE_KAFKA_PORT", String.valueOf(kafkaPort), "MAILLAGE_KAFKA_CONTROLLER_PORT", String.valueOf(controllerPort)));
        Process p = pb.start();
        launchers.add(p);
        return p;
    }

    private void assertStoppedCleanly(Process launcher) throws Exception {
        await().atMost(Duration.ofSeconds(90)).until(() -> !launcher.isAlive());
        assertThat(output()).doesNotContain("Exception");
        assertNothingLeft();
    }

    private void assertNothingLeft() throws IOException {
        assertThat(processesOfThisHome()).as("processes started for " + home).isEmpty();
        for (int port : List.of(pgPort, kafkaPort, controllerPort)) {
            assertThat(Ports.isOpen(port)).as("port " + port + " still open").isFalse();
        }
        try (Stream<Path> pids = Files.list(home.resolve("pids"))) {
            assertThat(pids).as("pid files").isEmpty();
        }
        assertThat(Files.exists(home.resolve("launcher.pid"))).isFalse();
    }

    /** Every process whose command line names this test's data folder (PostgreSQL, the broker, initdb, a launcher's child). */
    private List<String> processesOfThisHome() {
        return ProcessHandle.allProcesses().filter(p -> p.pid() != ProcessHandle.current().pid())
                .map(Leftovers::commandLine).filter(c -> c.contains(home.toString())).toList();
    }

    private boolean pidFile(String name) throws IOException {
        Path pids = home.resolve("pids");
        if (!Files.isDirectory(pids)) {
            return false;
        }
        try (Stream<Path> files = Files.list(pids)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith("-" + name + ".pid"));
        }
    }

    private void awaitOutput(Process launcher, String text) throws IOException {
        await().atMost(Duration.ofSeconds(120)).until(() -> output().contains(text) || exited(launcher));
        assertThat(output()).contains(text);
    }

    private static boolean exited(Process p) {
        return !p.isAlive();
    }

    private String output() throws IOException {
        Path out = home.resolve("launcher.out");
        return Files.exists(out) ? Files.readString(out) : "";
    }

    private StackLayout layout() {
        return new StackLayout(home, home, pgPort, kafkaPort, controllerPort, 8080, 3025, "x");
    }

    private static void signal(Process p, String signal) throws Exception {
        new ProcessBuilder("kill", "-s", signal, String.valueOf(p.pid())).inheritIO().start().waitFor();
    }

    private static boolean envResetsSignals() {
        try {
            return new ProcessBuilder("env", "--default-signal=INT", "true").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
