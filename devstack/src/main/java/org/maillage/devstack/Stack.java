package org.maillage.devstack;

import org.maillage.devstack.demo.DemoSeed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

/**
 * `./maillage run` and `./maillage test` start this: a real PostgreSQL with a database and a user per
 * service, a real Kafka broker, and (for `run`) the services as separate processes, then the demo.
 * Whatever way it ends (Ctrl-C or SIGTERM at any moment, a part that fails, the JVM exiting) it stops every
 * process it started, services first, then the broker, then the database; `stop` ends what a killed one left.
 */
public final class Stack {

    /** What a launcher's command line always has, to tell a recorded launcher pid from a reused one. */
    static final String LAUNCHER_MARKER = "org.maillage.devstack.Stack";

    private final StackLayout layout;
    private final String backdatingKey = DemoSeed.newBackdatingKey();
    private final ChildProcesses children;
    private volatile boolean ownsHome;
    private volatile boolean stopping;
    private volatile DemoSeed demo;
    private final ClassDataSharing sharing;
    private final List<ServiceProcess> services = new java.util.concurrent.CopyOnWriteArrayList<>();
    private Postgres postgres;
    private KafkaBroker kafka;
    private MailServer mail;

    Stack(StackLayout layout) {
        this.layout = layout;
        this.children = ChildProcesses.recordedIn(layout.pids());
        this.sharing = new ClassDataSharing(layout.home().resolve("cds"));
    }

    public static void main(String[] args) throws InterruptedException {
        String mode = args.length > 0 ? args[0] : "run";
        StackLayout layout = StackLayout.fromEnvironment();
        if ("stop".equals(mode)) {
            stopEverything(layout);
            return;
        }
        if (!"run".equals(mode) && !"infra".equals(mode)) {
            System.err.println("usage: Stack run|infra|stop");
            System.exit(2);
        }
        Stack stack = new Stack(layout);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "maillage-stop"));
        try {
            stack.start("infra".equals(mode));
        } catch (RuntimeException e) {
            if (stack.stopping) {
                // interrupted: the shutdown hook is stopping everything and ends this JVM
                Thread.currentThread().join();
            }
            System.err.println();
            System.err.println("[maillage] " + (e instanceof StackFailure ? e.getMessage() : "start-up failed: " + e));
            System.err.println("[maillage] stopping what had started; logs in " + layout.logs());
            System.exit(1);
        }
        Thread.currentThread().join();
    }

    void start(boolean infraOnly) {
        long t0 = System.nanoTime();
        layout.ensureFolders();
        claimHome();
        requirePortsFree(infraOnly);
        startInfrastructure();
        if (infraOnly) {
            writeInfraEnv();
            System.out.printf("infrastructure ready in %.1f s: postgres %s, kafka %s%n",
                    seconds(t0), postgres.adminUrl(), kafka.bootstrapServers());
            return;
        }
        // the mail server starts beside the services: notification-service only needs it when it first sends
        CompletableFuture<Void> mailServer = CompletableFuture.runAsync(this::startMail);
        startServices();
        try {
            mailServer.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        loadDemo();
        archiveClasses();
        System.out.printf("%nMaillage is up in %.0f s: open http://localhost:%d%n  emails it sent: %s%n  data: %s   logs: %s%n"
                        + "  Ctrl-C stops everything.%n",
                seconds(t0), layout.gatewayPort(), mail.page(), layout.home(), layout.logs());
    }

    /** One launcher per data folder; what a killed one left is stopped first, so that it cannot hold our ports or data. */
    private void claimHome() {
        Optional<ProcessHandle> other = liveLauncher(layout);
        if (other.isPresent()) {
            throw new StackFailure("a launcher already runs with the data folder " + layout.home() + " (pid " + other.get().pid()
                    + "): `./maillage stop` stops it");
        }
        List<String> left = stopLeftovers(layout);
        if (!left.isEmpty()) {
            Progress.line("cleanup", "stopped what a killed launcher left: " + String.join(", ", left));
        }
        write(layout.launcherPid(), ProcessHandle.current().pid() + "\nTERM\n120\n" + LAUNCHER_MARKER + "\n");
        ownsHome = true;
    }

    private void requirePortsFree(boolean infraOnly) {
        Ports.requireFree(layout.postgresPort(), "PostgreSQL", "MAILLAGE_PG_PORT=" + (layout.postgresPort() + 1) + " ./maillage run");
        Ports.requireFree(layout.kafkaPort(), "Kafka", "MAILLAGE_KAFKA_PORT=" + (layout.kafkaPort() + 10) + " ./maillage run");
        Ports.requireFree(layout.kafkaControllerPort(), "Kafka's controller",
                "MAILLAGE_KAFKA_CONTROLLER_PORT=" + (layout.kafkaControllerPort() + 10) + " ./maillage run");
        if (!infraOnly) {
            Ports.requireFree(layout.mailPort(), "the mail server (SMTP)", "MAILLAGE_MAIL_PORT=" + (layout.mailPort() + 1) + " ./maillage run");
            Ports.requireFree(layout.mailPagePort(), "the mail server's page", layout.howToMoveServices());
            for (ServiceSpec s : layout.services()) {
                Ports.requireFree(s.port(), s.name(), layout.howToMoveServices());
                String management = s.env().get(ServiceProcess.MANAGEMENT_PORT);
                if (management != null) {
                    Ports.requireFree(Integer.parseInt(management), s.name() + "'s management", layout.howToMoveServices());
                }
            }
        }
    }

    /** The database and the broker start side by side: neither needs the other, and each is seconds of waiting. */
    void startInfrastructure() {
        long t = Progress.start("database", "starting PostgreSQL on port " + layout.postgresPort());
        Ports.requireFree(layout.postgresPort(), "PostgreSQL", "MAILLAGE_PG_PORT=" + (layout.postgresPort() + 1) + " ./maillage run");
        long tb = Progress.start("broker", "starting Kafka on port " + layout.kafkaPort());
        Ports.requireFree(layout.kafkaPort(), "Kafka", "MAILLAGE_KAFKA_PORT=" + (layout.kafkaPort() + 10) + " ./maillage run");
        CompletableFuture<KafkaBroker> broker = CompletableFuture.supplyAsync(
                () -> new KafkaBroker(layout.home().resolve("kafka"), layout.kafkaPort(), layout.kafkaControllerPort(), children).start());
        postgres = Postgres.start(layout.home().resolve("postgres"), layout.postgresPort(), children);
        for (String db : StackLayout.DATABASES) {
            postgres.ensureDatabase(db, db, layout.databasePassword());
        }
        Progress.done("database", t, "ready");
        try {
            kafka = broker.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        Progress.done("broker", tb, "ready");
    }

    /** A mail server that keeps every message: the platform's emails can be read, and none leaves the machine. */
    void startMail() {
        long t = Progress.start("mail", "starting the local mail server on port " + layout.mailPort());
        mail = MailServer.start(layout.home().resolve("mail"), layout.mailPort(), layout.mailPagePort(), children);
        Progress.done("mail", t, "ready: messages at " + mail.page());
    }

    void startServices() {
        List<ServiceSpec> specs = layout.services();
        Progress.line("services", "starting " + specs.stream().map(s -> s.name() + " (" + s.port() + ")").collect(Collectors.joining(", ")));
        long t = System.nanoTime();
        List<ServiceProcess> started = new ArrayList<>();
        for (ServiceSpec spec : specs) {
            Ports.requireFree(spec.port(), spec.name(), layout.howToMoveServices());
            Map<String, String> env = new HashMap<>(spec.env());
            env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
            env.put(DemoSeed.BACKDATING_KEY_ENV, backdatingKey);
            if (spec.database() != null) {
                env.put("DATASOURCES_DEFAULT_URL", postgres.url(spec.database()));
                env.put("DATASOURCES_DEFAULT_USERNAME", spec.database());
                env.put("DATASOURCES_DEFAULT_PASSWORD", layout.databasePassword());
            }
            try {
                started.add(ServiceProcess.start(spec, env, layout.logs(), children, sharing.options(spec)));
            } catch (IOException e) {
                throw new StackFailure("could not start " + spec.name() + ": " + e.getMessage());
            }
        }
        for (ServiceProcess s : started) {
            s.awaitHealthy(Duration.ofSeconds(180));
            Progress.done("service", t, s.name() + " up on http://localhost:" + s.port() + " (management: " + s.managementPort() + ")");
        }
        services.addAll(started);
    }

    /** In the background, once everything is up: the archives that let the next start skip class loading (ClassDataSharing). */
    private void archiveClasses() {
        Map<String, ServiceSpec> specs = layout.services().stream().collect(Collectors.toMap(ServiceSpec::name, s -> s));
        Thread archiving = new Thread(() -> {
            long t = System.nanoTime();
            int written = 0;
            for (ServiceProcess s : services) {
                if (stopping) {
                    return;
                }
                written += sharing.makeArchive(s, specs.get(s.name()), children) ? 1 : 0;
            }
            if (written > 0) {
                Progress.done("cds", t, "class-data-sharing archives of " + written + " services written: the next start is quicker");
            }
        }, "class-data-sharing");
        archiving.setDaemon(true);
        archiving.start();
    }

    /** The demo never stops the platform: a step that fails is said in one line, and the next start carries on from there. */
    private void loadDemo() {
        demo = new DemoSeed(layout.gatewayPort(), layout.home().resolve("demo"), backdatingKey);
        try {
            demo.run();
        } catch (RuntimeException e) {
            if (stopping) {
                throw e;
            }
            Progress.line("demo data", "not complete: " + DemoSeed.oneLine(e));
            Progress.line("", "the platform runs without the rest of the demo; the next start carries on");
        }
    }

    void writeInfraEnv() {
        String env = "MAILLAGE_TEST_PG_URL=" + postgres.adminUrl() + "\n"
                + "MAILLAGE_TEST_PG_USER=postgres\n"
                + "MAILLAGE_TEST_PG_PASSWORD=postgres\n"
                + "MAILLAGE_TEST_KAFKA=" + kafka.bootstrapServers() + "\n";
        Path file = layout.home().resolve("infra.env");
        write(file.resolveSibling("infra.env.tmp"), env);
        try {
            Files.move(file.resolveSibling("infra.env.tmp"), file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shutdown hook: lets the demo's write in flight finish (so that the next start knows it), then stops every child. */
    void stop() {
        stopping = true;
        DemoSeed d = demo;
        if (d != null) {
            d.pause(Duration.ofSeconds(15));
        }
        children.stopAll();
        if (ownsHome) {
            try {
                Files.deleteIfExists(layout.home().resolve("infra.env"));
                Files.deleteIfExists(layout.launcherPid());
            } catch (IOException e) {
                System.err.println("could not clean up " + layout.home() + ": " + e.getMessage());
            }
        }
    }

    /** `./maillage stop`: the launcher of this data folder if it runs (it stops its children itself), then what a killed one left. */
    static void stopEverything(StackLayout layout) {
        List<String> stopped = new ArrayList<>();
        liveLauncher(layout).filter(p -> p.pid() != ProcessHandle.current().pid()).ifPresent(launcher -> {
            ChildProcess.stop(launcher, ChildProcess.Signal.TERM, Duration.ofSeconds(120));
            stopped.add("the launcher (pid " + launcher.pid() + ")");
        });
        stopped.addAll(stopLeftovers(layout));
        try {
            Files.deleteIfExists(layout.launcherPid());
            Files.deleteIfExists(layout.home().resolve("infra.env"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println(stopped.isEmpty() ? "nothing was running from " + layout.home() : "stopped " + String.join(", ", stopped));
    }

    private static Optional<ProcessHandle> liveLauncher(StackLayout layout) {
        return Leftovers.read(layout.launcherPid()).map(Leftovers.Recorded::process)
                .filter(p -> p.pid() != ProcessHandle.current().pid());
    }

    /** The children's pid files, and PostgreSQL's own (postmaster.pid): a server started by an older launcher has only that one. */
    private static List<String> stopLeftovers(StackLayout layout) {
        List<String> stopped = new ArrayList<>(Leftovers.stop(layout.pids()));
        Path dataDir = layout.home().resolve("postgres").toAbsolutePath().normalize();
        try {
            Path postmasterPid = dataDir.resolve("postmaster.pid");
            if (Files.exists(postmasterPid)) {
                long pid = Long.parseLong(Files.readAllLines(postmasterPid).get(0).trim());
                Leftovers.running(pid, "-D " + dataDir + " ").ifPresent(p -> {
                    ChildProcess.stop(p, ChildProcess.Signal.INT, Duration.ofSeconds(30));
                    stopped.add("postgres (pid " + pid + ")");
                });
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("could not read " + dataDir.resolve("postmaster.pid") + ": " + e.getMessage());
        }
        return stopped;
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Answers whether an HTTP health endpoint reports UP. */
    static boolean healthy(int port) {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 && r.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
