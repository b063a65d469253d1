package org.maillage.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A service's fat jar running as its own process, its output in a log file. */
public final class ServiceProcess {

    private final ServiceSpec spec;
    private final Process process;
    private final Path log;
    private final int managementPort;

    private ServiceProcess(ServiceSpec spec, Process process, Path log, int managementPort) {
        this.spec = spec;
        this.process = process;
        this.log = log;
        this.managementPort = managementPort;
    }

    /** The environment variable that sets a service's management port (Micronaut's endpoints.all.port). */
    public static final String MANAGEMENT_PORT = "ENDPOINTS_ALL_PORT";

    public static ServiceProcess start(ServiceSpec spec, Map<String, String> env, Path logs) throws IOException {
        if (!Files.exists(spec.jar())) {
            throw new IllegalStateException(spec.jar() + " is missing: build first (./maillage run does)");
        }
        Path log = logs.resolve(spec.name() + ".log");
        ProcessBuilder pb = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC",
                "-jar", spec.jar().toString()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().putAll(env);
        pb.environment().put("MICRONAUT_SERVER_PORT", String.valueOf(spec.port()));
        // management (detailed health, metrics) has a port of its own: a free one unless the stack fixed it
        int managementPort = env.containsKey(MANAGEMENT_PORT) ? Integer.parseInt(env.get(MANAGEMENT_PORT)) : Ports.free();
        pb.environment().put(MANAGEMENT_PORT, String.valueOf(managementPort));
        Process process = pb.start();
        // a launcher or test JVM that is stopped (Ctrl-C, a killed build) takes its services with it
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy, spec.name() + "-stop"));
        return new ServiceProcess(spec, process, log, managementPort);
    }

    public void awaitHealthy(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(spec.name() + " exited (code " + process.exitValue() + "), see " + log);
            }
            if (Stack.healthy(spec.port())) {
                return;
            }
            Ports.sleep(250);
        }
        throw new IllegalStateException(spec.name() + " not healthy after " + timeout.toSeconds() + " s, see " + log);
    }

    public void stop() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
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
