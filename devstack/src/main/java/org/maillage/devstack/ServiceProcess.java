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

    private ServiceProcess(ServiceSpec spec, Process process, Path log) {
        this.spec = spec;
        this.process = process;
        this.log = log;
    }

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
        Process process = pb.start();
        // a launcher or test JVM that is stopped (Ctrl-C, a killed build) takes its services with it
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy, spec.name() + "-stop"));
        return new ServiceProcess(spec, process, log);
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

    public long pid() {
        return process.pid();
    }
}
