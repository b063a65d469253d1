package org.maillage.system;

import org.maillage.testkit.RunningPlatform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

/**
 * The whole-platform tier's one platform: the six services started at the first test that asks for them, the demo
 * loaded once at the first test that needs it, and both kept for every later test class of the run (they stop with
 * this JVM: see ChildProcesses). A test makes its own pilot, organizations and accounts ({@link OwnPilot}) or
 * reads the demo without changing what another test reads; a test that needs a platform set up otherwise (other
 * limits, a service stopped) starts its own small part and says so.
 */
public final class SharedPlatform {

    /**
     * Every visitor of this tier comes from 127.0.0.1 (the browser, the demo loader, the API clients): per-address
     * limits would count them all as one, so they are lifted here; the limits themselves are tested on a gateway of
     * their own. Hundreds of calls of one coordinator (the hostile-input sweep) would hit the per-user limit too.
     */
    static final Map<String, String> GATEWAY = Map.of(
            "MAILLAGE_RATE_LIMITS_PER_ADDRESS_PER_MINUTE", "1000000",
            "MAILLAGE_RATE_LIMITS_LOGIN_PER_ADDRESS_PER_MINUTE", "100000",
            "MAILLAGE_RATE_LIMITS_PER_USER_PER_MINUTE", "1000000");

    private static RunningPlatform platform;
    private static boolean demo;

    private SharedPlatform() {
    }

    public static synchronized RunningPlatform get() {
        if (platform == null) {
            try {
                platform = RunningPlatform.start(GATEWAY);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return platform;
    }

    /** The platform with the demo loaded (once per run: about a minute). */
    public static synchronized RunningPlatform withDemo() {
        RunningPlatform p = get();
        if (!demo) {
            try {
                p.demo(Files.createTempDirectory("demo")).run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            demo = true;
        }
        return p;
    }
}
