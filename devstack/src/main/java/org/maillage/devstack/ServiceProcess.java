package org.maillage.devstack;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A service's fat jar running as its own process, its output in a log file. */
public final class ServiceProcess {

    private final ServiceSpec spec;
    private final ChildProcesses children;
    private final ChildProcess child;
    private final Process process;
    private final Path log;
    private final int managementPort;
    /** Where this run's lines begin in the log (a stack appends to it run after run). */
    private final long logStart;

    private ServiceProcess(ServiceSpec spec, ChildProcesses children, ChildProcess child, Path log, int managementPort,
            long logStart) {
        this.spec = spec;
        this.children = children;
        this.child = child;
        this.process = child.process();
        this.log = log;
        this.managementPort = managementPort;
        this.logStart = logStart;
    }

    /** The environment variable that sets a service's management port (Micronaut's endpoints.all.port). */
    public static final String MANAGEMENT_PORT = "ENDPOINTS_ALL_PORT";

    /** A service stopped with the JVM that started it (a test, a benchmark), whatever way that JVM ends. */
    public static ServiceProcess start(ServiceSpec spec, Map<String, String> env, Path logs) throws IOException {
        return start(spec, env, logs, ChildProcesses.ofThisJvm(), List.of());
    }

    /** @param jvmOptions more options for the service's JVM (the local stack's class-data sharing) */
    public static ServiceProcess start(ServiceSpec spec, Map<String, String> env, Path logs, ChildProcesses children,
                                       List<String> jvmOptions) throws IOException {
        if (!Files.exists(spec.jar())) {
            throw new StackFailure(spec.jar() + " is missing: build first (./maillage run does)");
        }
        Path log = logs.toAbsolutePath().resolve(spec.name() + ".log");
        long logStart = Files.exists(log) ? Files.size(log) : 0;
        // the log file on the command line tells this process apart from the same service started by another stack
        String marker = "-Ddevstack.log=" + log;
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", marker));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", spec.jar().toString()));
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().putAll(env);
        pb.environment().put("MICRONAUT_SERVER_PORT", String.valueOf(spec.port()));
        // management (detailed health, metrics) has a port of its own: a free one unless the stack fixed it
        int managementPort = env.containsKey(MANAGEMENT_PORT) ? Integer.parseInt(env.get(MANAGEMENT_PORT)) : FreePorts.next();
        pb.environment().put(MANAGEMENT_PORT, String.valueOf(managementPort));
        ChildProcess child = children.start(spec.name(), pb, marker + " ", ChildProcess.Signal.TERM, Duration.ofSeconds(20));
        return new ServiceProcess(spec, children, child, log, managementPort, logStart);
    }

    public void awaitHealthy(Duration timeout) {
        await(timeout, () -> Stack.healthy(spec.port()), "not healthy");
    }

    /** Waits until the service answers on its port, whatever its health says (a gateway whose service is meant to be gone). */
    public void awaitListening(Duration timeout) {
        await(timeout, () -> Ports.isOpen(spec.port()), "not listening on " + spec.port());
    }

    private void await(Duration timeout, java.util.function.BooleanSupplier ready, String failure) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new StackFailure(spec.name() + " exited (code " + process.exitValue() + "), see " + log + reasons());
            }
            if (ready.getAsBoolean()) {
                return;
            }
            Ports.sleep(250);
        }
        throw new StackFailure(spec.name() + " " + failure + " after " + timeout.toSeconds() + " s, see " + log + reasons());
    }

    /**
     * The errors this run logged, so that the failure says why where only the build's output is kept (a CI run): the
     * last few lines naming an error or an exception, each cut short.
     */
    private String reasons() {
        try (RandomAccessFile in = new RandomAccessFile(log.toFile(), "r")) {
            in.seek(Math.min(logStart, in.length()));
            byte[] rest = new byte[(int) Math.min(in.length() - in.getFilePointer(), 4 << 20)];
            in.readFully(rest);
            List<String> errors = new String(rest, StandardCharsets.UTF_8).lines()
                    .filter(l -> l.contains("ERROR") || l.startsWith("Error") || l.contains("Exception") || l.startsWith("Caused by"))
                    .map(l -> l.length() > 300 ? l.substring(0, 300) + "…" : l)
                    .toList();
            List<String> last = errors.subList(Math.max(0, errors.size() - 6), errors.size());
            return last.isEmpty() ? "" : "; its last errors:\n  " + String.join("\n  ", last);
        } catch (IOException unreadable) {
            return "";
        }
    }

    public void stop() {
        children.stop(child);
    }

    public String name() {
        return spec.name();
    }

    public int port() {
        return spec.port();
    }

    /** Where the service's detailed /health and /prometheus answer; not its public port. */
    public int managementPort() {
        return managementPort;
    }

    public long pid() {
        return process.pid();
    }
}
