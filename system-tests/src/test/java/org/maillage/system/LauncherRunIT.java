package org.maillage.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maillage.devstack.FreePorts;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * `./maillage run`'s launcher with the four services and the demo, as a process of its own: stopped while the
 * services start and in the middle of the demo load, it leaves no process and no port; the next start completes
 * the demo without a duplicate; killed with SIGKILL once up, what it left is stopped by `stop`.
 * (Interrupts during the database's and the broker's start are in devstack's LauncherIT.)
 */
class LauncherRunIT {

    private static final Path ROOT = Path.of(System.getenv().getOrDefault("MAILLAGE_ROOT", "..")).toAbsolutePath().normalize();
    private static final Pattern LOADED = Pattern.compile("loaded: (\\d+) organizations, (\\d+) contacts, (\\d+) contracts");

    private final Path home = Path.of("target", "launcher-run-it", UUID.randomUUID().toString().substring(0, 8)).toAbsolutePath();
    // the gateway and the six ports after it: the services, the site, email and the mail server's page
    // (their management ports 1000 above)
    private final int gateway = FreePorts.consecutive(7, 1000);
    private final List<Integer> ports = List.of(FreePorts.next(), FreePorts.next(), FreePorts.next(), FreePorts.next(),
            gateway, gateway + 1, gateway + 2, gateway + 3, gateway + 4, gateway + 5, gateway + 6);
    private final List<Process> launchers = new ArrayList<>();

    @AfterEach
    void nothingLeft() throws Exception {
        launchers.forEach(Process::destroyForcibly);
        if (Files.isDirectory(home.resolve("pids"))) {
            launch("stop").waitFor();
        }
    }

    @Test
    void interruptedWhileServicesStartAndDuringTheDemoLeavesNothingAndTheNextStartCompletesTheDemo() throws Exception {
        Process first = launch("run");
        await().atMost(Duration.ofSeconds(120)).until(() -> pidFile("gateway") || !first.isAlive());
        signal(first, "TERM");
        assertStoppedCleanly(first);

        // in the middle of Montréal's contacts and contracts: the first contract is noted once made
        Process second = launch("run");
        Path contracts = home.resolve("demo/contracts.tsv");
        await().atMost(Duration.ofMinutes(5)).until(() -> Files.exists(contracts) && Files.size(contracts) > 0 || !second.isAlive());
        signal(second, "INT");
        assertStoppedCleanly(second);

        Process third = launch("run");
        await().atMost(Duration.ofMinutes(6)).until(() -> output().contains("Maillage is up") || !third.isAlive());
        String out = output();
        assertThat(out).contains("Maillage is up").doesNotContain("not complete").doesNotContain("Exception");
        Matcher loaded = LOADED.matcher(out);
        assertThat(loaded.find()).as("the demo's counts in " + out).isTrue();
        assertThat(loaded.group(1)).isEqualTo("40");
        assertThat(contactsSeenByTheCoordinator()).as("no contact made twice, none missing").isEqualTo(Integer.parseInt(loaded.group(2)));
        assertThat(Files.readAllLines(contracts)).as("each contract recorded once").doesNotHaveDuplicates()
                .hasSize(Integer.parseInt(loaded.group(3)) - 4); // the 4 awards are found by their calls for tenders
        assertTheStoryKeepsThePilotsDates();
        // once up, the launcher writes each service's class-data-sharing archive through jcmd, one of its children
        await().atMost(Duration.ofMinutes(3)).until(() -> output().contains("class-data-sharing archives of") || !third.isAlive());

        signal(third, "KILL");
        third.waitFor();
        assertThat(processesOfThisHome()).as("the six services, the mail server, the broker and PostgreSQL outlive a SIGKILL of the launcher")
                .hasSize(9);
        Process stop = launch("stop");
        assertThat(stop.waitFor()).isZero();
        assertNothingLeft();
    }

    /** Members joined on the pilot's first day; the finished calls for tenders ran within its months, the open ones today. */
    private void assertTheStoryKeepsThePilotsDates() throws Exception {
        String montreal = "6d6f6e74-7265-4061-8000-000000002014";
        List<JsonNode> members = new ArrayList<>();
        get("/api/pilots/" + montreal + "/members?limit=100", null).path("items").forEach(members::add);
        assertThat(members).hasSize(33).allSatisfy(m -> assertThat(m.path("joinedOn").asText()).isEqualTo("2014-03-01"));
        for (String status : List.of("AWARDED", "CANCELLED")) {
            List<JsonNode> calls = new ArrayList<>();
            get("/api/opportunities?status=" + status + "&limit=50", null).path("items").forEach(calls::add);
            assertThat(calls).as(status).isNotEmpty().allSatisfy(o -> assertThat(o.path("publishedAt").asText())
                    .isBetween("2014-03-01", "2015-08-31"));
        }
        assertThat(get("/api/opportunities?status=PUBLISHED&limit=50", null).path("items")).hasSize(4)
                .allSatisfy(o -> assertThat(o.path("deadline").asText()).isGreaterThan(java.time.Instant.now().toString()));
    }

    private JsonNode get(String path, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gateway + path));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return new ObjectMapper().readTree(HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    private int contactsSeenByTheCoordinator() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        ObjectMapper json = new ObjectMapper();
        String base = "http://127.0.0.1:" + gateway;
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/login"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(
                        Map.of("email", "coordination@maillage.local", "password", "Coordination-2014!")))).build(),
                HttpResponse.BodyHandlers.ofString());
        String token = json.readTree(login.body()).path("accessToken").asText();
        JsonNode contacts = json.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/api/contacts?limit=500"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()).body());
        return contacts.path("items").size();
    }

    private Process launch(String mode) throws IOException {
        Files.createDirectories(home);
        List<String> cmd = new ArrayList<>();
        // a launcher started from a background job inherits an ignored SIGINT, which the JVM then keeps ignoring
        if (envResetsSignals()) {
            cmd.addAll(List.of("env", "--default-signal=INT"));
        }
        Path devstack = ROOT.resolve("devstack/target");
        cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                devstack.resolve("devstack-0.1.0-SNAPSHOT.jar") + java.io.File.pathSeparator + devstack.resolve("lib") + "/*",
                "org.maillage.devstack.Stack", mode));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("launcher.out").toFile()));
        pb.environment().putAll(Map.of("MAILLAGE_ROOT", ROOT.toString(), "MAILLAGE_HOME", home.toString(),
                "MAILLAGE_PG_PORT", String.valueOf(ports.get(0)), "MAILLAGE_KAFKA_PORT", String.valueOf(ports.get(1)),
                "MAILLAGE_KAFKA_CONTROLLER_PORT", String.valueOf(ports.get(2)), "MAILLAGE_MAIL_PORT", String.valueOf(ports.get(3)),
                "MAILLAGE_GATEWAY_PORT", String.valueOf(gateway)));
        Process p = pb.start();
        launchers.add(p);
        return p;
    }

    private void assertStoppedCleanly(Process launcher) throws Exception {
        await().atMost(Duration.ofSeconds(120)).until(() -> !launcher.isAlive());
        assertThat(output()).doesNotContain("Exception");
        assertNothingLeft();
    }

    private void assertNothingLeft() throws IOException {
        assertThat(processesOfThisHome()).as("processes started for " + home).isEmpty();
        for (int port : ports) {
            assertThat(isOpen(port)).as("port " + port + " still open").isFalse();
        }
        try (Stream<Path> pids = Files.list(home.resolve("pids"))) {
            assertThat(pids).as("pid files").isEmpty();
        }
    }

    /** PostgreSQL, the broker and the services name the data folder on their command lines (data directory, properties, log). */
    private List<String> processesOfThisHome() {
        return ProcessHandle.allProcesses().filter(p -> p.pid() != ProcessHandle.current().pid()).map(LauncherRunIT::commandLine)
                .filter(c -> c.contains(home.toString())).toList();
    }

    private static String commandLine(ProcessHandle p) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", String.valueOf(p.pid()), "cmdline")), StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException e) {
            return "";
        }
    }

    private boolean pidFile(String name) throws IOException {
        if (!Files.isDirectory(home.resolve("pids"))) {
            return false;
        }
        try (Stream<Path> files = Files.list(home.resolve("pids"))) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith("-" + name + ".pid"));
        }
    }

    private String output() throws IOException {
        Path out = home.resolve("launcher.out");
        return Files.exists(out) ? Files.readString(out) : "";
    }

    private static boolean envResetsSignals() {
        try {
            return new ProcessBuilder("env", "--default-signal=INT", "true").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static void signal(Process p, String signal) throws Exception {
        new ProcessBuilder("kill", "-s", signal, String.valueOf(p.pid())).inheritIO().start().waitFor();
    }

    private static boolean isOpen(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
