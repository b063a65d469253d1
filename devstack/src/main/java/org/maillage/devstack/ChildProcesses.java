package org.maillage.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Every process the stack starts, so that all of them stop with it, services first and the database last.
 * Starting and stopping share one lock: a process is either known before the stop begins or never started,
 * so an interrupt at any moment of start-up leaves nothing behind. With a pid folder, each child also gets a
 * pid file, so that what survives a kill -9 of this JVM can be found and stopped later ({@link Leftovers}).
 */
public final class ChildProcesses {

    /** The children of a test or benchmark JVM: no pid files, stopped together when that JVM exits. */
    private static final ChildProcesses OF_THIS_JVM = new ChildProcesses(null);

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(OF_THIS_JVM::stopAll, "maillage-children-stop"));
    }

    private final Path pidFolder;
    private final List<ChildProcess> running = new ArrayList<>();
    private int started;
    private boolean stopping;

    private ChildProcesses(Path pidFolder) {
        this.pidFolder = pidFolder;
    }

    public static ChildProcesses ofThisJvm() {
        return OF_THIS_JVM;
    }

    /** The launcher's children; the launcher stops them itself, in order, from its own shutdown hook. */
    static ChildProcesses recordedIn(Path pidFolder) {
        try {
            Files.createDirectories(pidFolder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ChildProcesses(pidFolder);
    }

    /**
     * @param marker a part of the child's command line that only this stack's child has (its data folder, its log
     *               file): a pid file is acted on only when the process behind the pid still has it
     */
    public synchronized ChildProcess start(String name, ProcessBuilder builder, String marker, ChildProcess.Signal signal,
                                           Duration grace) throws IOException {
        if (stopping) {
            throw new Stopping();
        }
        Process process = builder.start();
        Path pidFile = pidFolder == null ? null : pidFolder.resolve(String.format("%03d-%s.pid", ++started, name));
        ChildProcess child = new ChildProcess(name, process, marker, signal, grace, pidFile);
        running.add(child);
        if (pidFile != null) {
            Files.writeString(pidFile, process.pid() + "\n" + signal + "\n" + grace.toSeconds() + "\n" + marker + "\n");
        }
        return child;
    }

    public void stop(ChildProcess child) {
        child.stop();
        synchronized (this) {
            running.remove(child);
        }
    }

    public synchronized boolean stopping() {
        return stopping;
    }

    /** Stops every child, the last started first; no child starts after this began. */
    public void stopAll() {
        List<ChildProcess> toStop;
        synchronized (this) {
            stopping = true;
            toStop = new ArrayList<>(running);
            running.clear();
        }
        for (int i = toStop.size() - 1; i >= 0; i--) {
            toStop.get(i).stop();
        }
    }

    /** Thrown when a start is asked for while the stack is stopping. */
    public static final class Stopping extends IllegalStateException {
        Stopping() {
            super("the stack is stopping");
        }
    }
}
