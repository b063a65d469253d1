package org.maillage.devstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a test or a benchmark relies on to start services: ports nobody else takes, and a failure that says why. */
class ServiceStartTest {

    @Test
    void portsAreFreeBelowTheEphemeralRangeAndNeverHandedOutTwice() throws IOException {
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            int port = FreePorts.next();
            assertThat(port).isBetween(20_000, FreePorts.ephemeralStart() - 1);
            assertThat(seen.add(port)).as("port %d handed out twice", port).isTrue();
            try (ServerSocket bound = new ServerSocket(port)) {
                assertThat(bound.getLocalPort()).isEqualTo(port);
            }
        }
        int base = FreePorts.consecutive(7, 1000);
        for (int i = 0; i < 7; i++) {
            assertThat(seen).doesNotContain(base + i, base + i + 1000);
        }
    }

    @Test
    void aServiceThatCannotStartSaysWhyInTheFailureItself(@TempDir Path dir) throws IOException {
        Path jar = Files.writeString(dir.resolve("broken.jar"), "not a jar");
        Path logs = Files.createDirectories(dir.resolve("logs"));
        Files.writeString(logs.resolve("broken.log"), "ERROR from an earlier run, not this one\n");
        ServiceProcess p = ServiceProcess.start(new ServiceSpec("broken", jar, FreePorts.next(), null, Map.of()), Map.of(), logs);
        try {
            assertThatThrownBy(() -> p.awaitHealthy(Duration.ofSeconds(60)))
                    .isInstanceOf(StackFailure.class)
                    .hasMessageContaining("broken exited (code 1)")
                    .hasMessageContaining("Invalid or corrupt jarfile")
                    .hasMessageNotContaining("earlier run");
        } finally {
            p.stop();
        }
    }
}
