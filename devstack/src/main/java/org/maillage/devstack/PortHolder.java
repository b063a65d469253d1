package org.maillage.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which process listens on a TCP port, from /proc (Linux): the socket's inode in /proc/net/tcp{,6}, then the
 * process holding that inode among its open files. Empty where /proc cannot tell (another OS, another user's process).
 */
final class PortHolder {

    private static final String LISTEN = "0A";

    private PortHolder() {
    }

    static Optional<String> of(int port) {
        Set<String> inodes = listeningInodes(port);
        if (inodes.isEmpty()) {
            return Optional.empty();
        }
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            return procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(p -> holdsAny(p, inodes))
                    .findFirst()
                    .flatMap(p -> ProcessHandle.of(Long.parseLong(p.getFileName().toString())))
                    .map(h -> "pid " + h.pid() + " (" + abbreviate(Leftovers.commandLine(h)) + ")");
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Set<String> listeningInodes(int port) {
        String local = String.format(":%04X", port);
        return Stream.of("/proc/net/tcp", "/proc/net/tcp6").flatMap(PortHolder::lines)
                .map(l -> l.trim().split("\\s+"))
                .filter(f -> f.length > 9 && f[1].endsWith(local) && LISTEN.equals(f[3]))
                .map(f -> f[9])
                .collect(Collectors.toSet());
    }

    private static boolean holdsAny(Path proc, Set<String> inodes) {
        try (Stream<Path> fds = Files.list(proc.resolve("fd"))) {
            return fds.anyMatch(fd -> {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    return target.startsWith("socket:[") && inodes.contains(target.substring(8, target.length() - 1));
                } catch (IOException | UnsupportedOperationException e) {
                    return false;
                }
            });
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    private static Stream<String> lines(String file) {
        try {
            List<String> lines = Files.readAllLines(Path.of(file));
            return lines.stream().skip(1);
        } catch (IOException e) {
            return Stream.empty();
        }
    }

    private static String abbreviate(String commandLine) {
        String oneLine = commandLine.replaceAll("\\s+", " ");
        return oneLine.length() <= 120 ? oneLine : oneLine.substring(0, 117) + "...";
    }
}
