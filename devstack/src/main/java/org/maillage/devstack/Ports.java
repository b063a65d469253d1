package org.maillage.devstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;

/** Waiting on TCP ports of the processes the stack starts, and making sure nobody else holds them first. */
final class Ports {
    private Ports() {
    }

    /**
     * Fails, naming the port, its holder when it can be told and the variable that moves it, if something listens on it.
     * The stack never starts a part on a taken port: its readiness check would then talk to someone else's server.
     */
    static void requireFree(int port, String what, String howToMove) {
        if (!bindable(port)) {
            String holder = PortHolder.of(port).map(h -> " by " + h).orElse(" by another program");
            throw new StackFailure("port " + port + " (" + what + ") is already in use" + holder + ".\n"
                    + "  Stop that program, or choose another port: " + howToMove);
        }
    }

    /** Whether nothing listens on this port, on any address, IPv4 or IPv6 (what binding the wildcard address tells). */
    static boolean bindable(int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    static void awaitOpen(String what, int port, Process process, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new StackFailure(what + " exited with code " + process.exitValue() + " before opening port " + port);
            }
            if (isOpen(port)) {
                return;
            }
            sleep(100);
        }
        throw new StackFailure(what + " did not open port " + port + " within " + timeout.toSeconds() + " s");
    }

    static boolean isOpen(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
