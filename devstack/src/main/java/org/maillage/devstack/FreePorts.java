package org.maillage.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for the processes a test or a benchmark starts, chosen here and bound by the process seconds later.
 *
 * <p>Why not the port {@code new ServerSocket(0)} gives: that one comes from the system's ephemeral range, the range every
 * outgoing connection (JDBC, Kafka, HTTP) takes its local port from. Between the choice and the bind, on a busy machine
 * starting six JVMs, one of those connections can take the port and the service dies with "address already in use"
 * (the likely cause of a CI run losing a system-test class: a service exited at start). Below that range nothing takes a port without binding it, so a
 * port free now stays free unless another program listens on it on purpose. A port is never handed out twice by one JVM.
 */
public final class FreePorts {

    private static final int LOWEST = 20_000;
    /** The stack's fixed ports and the tests' infrastructure ports: never handed out. */
    private static final Set<Integer> RESERVED = Set.of(25432, 29092, 29093);
    private static final Set<Integer> HANDED_OUT = new HashSet<>();

    private FreePorts() {
    }

    /** A port nothing listens on, below the ephemeral range, not handed out before by this JVM. */
    public static int next() {
        return consecutive(1, 0);
    }

    /**
     * The first of n consecutive ports that are free, as are the n ports {@code offset} above them (the launcher puts
     * the services after the gateway's port and their management ports 1000 above); all of them handed out.
     */
    public static synchronized int consecutive(int n, int offset) {
        int below = ephemeralStart();
        // an unusual system whose ephemeral range leaves no room below it: anywhere above LOWEST, as good as before
        int top = below - LOWEST >= 1_000 ? below : 65_536;
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 1_000; attempt++) {
            int base = random.nextInt(LOWEST, top - n - offset);
            Set<Integer> wanted = new LinkedHashSet<>();
            for (int i = 0; i < n; i++) {
                wanted.add(base + i);
                wanted.add(base + i + offset);
            }
            boolean unused = wanted.stream().noneMatch(p -> RESERVED.contains(p) || HANDED_OUT.contains(p));
            if (unused && wanted.stream().allMatch(Ports::bindable)) {
                HANDED_OUT.addAll(wanted);
                return base;
            }
        }
        throw new StackFailure("no " + n + " consecutive free ports between " + LOWEST + " and " + top + " after 1,000 tries");
    }

    /** The first port of the system's ephemeral range (Linux tells it; 32768 is its default and the BSDs' is higher). */
    static int ephemeralStart() {
        Path range = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
        try {
            if (Files.isReadable(range)) {
                // read line by line: Files.readString trusts the size /proc reports and returns "3" for "32768 60999"
                String line = Files.readAllLines(range).get(0).trim();
                return Integer.parseInt(line.split("\\s+")[0]);
            }
        } catch (IOException | RuntimeException unreadable) {
            // fall through to the default
        }
        return 32_768;
    }
}
