package org.maillage.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a launcher killed with SIGKILL leaves running, found from its pid files. A pid is acted on only if the
 * process behind it still has the expected marker in its command line: after a reboot or a long time, the same
 * pid may be someone else's process.
 */
final class Leftovers {

    private Leftovers() {
    }

    /** A process named by a pid file, if it is still the one that was recorded. */
    record Recorded(String name, ProcessHandle process, ChildProcess.Signal signal, Duration grace) {
        @Override
        public String toString() {
            return name + " (pid " + process.pid() + ")";
        }
    }

    /** Stops every recorded process still running, the last started first, and deletes the pid files; answers what it stopped. */
    static List<String> stop(Path pidFolder) {
        List<String> stopped = new ArrayList<>();
        if (!Files.isDirectory(pidFolder)) {
            return stopped;
        }
        try (Stream<Path> files = Files.list(pidFolder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".pid")).sorted(Comparator.reverseOrder()).toList()) {
                read(file).ifPresent(r -> {
                    ChildProcess.stop(r.process(), r.signal(), r.grace());
                    stopped.add(r.toString());
                });
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new StackFailure("could not read the pid files in " + pidFolder + ": " + e.getMessage());
        }
        return stopped;
    }

    /** A pid file as ChildProcesses writes it: pid, signal, grace in seconds, marker. */
    static Optional<Recorded> read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            if (lines.size() < 4) {
                return Optional.empty();
            }
            String name = file.getFileName().toString().replaceFirst("^\\d+-", "").replaceFirst("\\.pid$", "");
            return running(Long.parseLong(lines.get(0).trim()), lines.get(3))
                    .map(p -> new Recorded(name, p, ChildProcess.Signal.valueOf(lines.get(1).trim()),
                            Duration.ofSeconds(Long.parseLong(lines.get(2).trim()))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The process with this pid, if it runs and its command line contains the marker. */
    static Optional<ProcessHandle> running(long pid, String marker) {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(p -> commandLine(p).contains(marker));
    }

    /** The whole command line, arguments separated by spaces; from /proc where there is one, so that no argument is cut. */
    static String commandLine(ProcessHandle process) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", String.valueOf(process.pid()), "cmdline"));
            return new String(raw, StandardCharsets.UTF_8).replace('\0', ' ').trim();
        } catch (IOException e) {
            return process.info().commandLine().orElse("");
        }
    }
}
