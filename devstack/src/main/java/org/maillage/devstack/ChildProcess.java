package org.maillage.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** One process the stack started: asked to stop with its own signal, killed if it has not stopped after its grace time. */
public final class ChildProcess {

    /** TERM for JVMs; INT for PostgreSQL, whose TERM ("smart" shutdown) would wait for every client to leave. */
    public enum Signal { TERM, INT }

    private final String name;
    private final Process process;
    private final String marker;
    private final Signal signal;
    private final Duration grace;
    private final Path pidFile;

    ChildProcess(String name, Process process, String marker, Signal signal, Duration grace, Path pidFile) {
        this.name = name;
        this.process = process;
        this.marker = marker;
        this.signal = signal;
        this.grace = grace;
        this.pidFile = pidFile;
    }

    public String name() {
        return name;
    }

    public Process process() {
        return process;
    }

    public long pid() {
        return process.pid();
    }

    public String marker() {
        return marker;
    }

    synchronized void stop() {
        stop(process.toHandle(), signal, grace);
        if (pidFile != null) {
            try {
                Files.deleteIfExists(pidFile);
            } catch (IOException e) {
                System.err.println("could not delete " + pidFile + ": " + e.getMessage());
            }
        }
    }

    /** Asks a process to stop, waits up to its grace time, then kills it. Also used on processes a killed launcher left. */
    static void stop(ProcessHandle process, Signal signal, Duration grace) {
        if (!process.isAlive()) {
            return;
        }
        send(process, signal);
        try {
            process.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            process.destroyForcibly();
            try {
                process.onExit().get(10, TimeUnit.SECONDS);
            } catch (TimeoutException | ExecutionException | InterruptedException gone) {
                // nothing more can be done than SIGKILL
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static void send(ProcessHandle process, Signal signal) {
        if (signal == Signal.TERM) {
            process.destroy();
            return;
        }
        // the JDK sends only TERM and KILL
        try {
            new ProcessBuilder("kill", "-s", signal.name(), String.valueOf(process.pid())).inheritIO().start().waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            process.destroy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
