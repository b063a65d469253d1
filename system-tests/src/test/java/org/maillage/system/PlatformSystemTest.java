package org.maillage.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.maillage.devstack.ApiClient;
import org.maillage.testkit.RunningPlatform;

/** A system test class gets the four services as processes on the real broker and database, and a client of the gateway. */
abstract class PlatformSystemTest {

    static RunningPlatform platform;
    static ApiClient gateway;

    @BeforeAll
    static void startPlatform() throws Exception {
        platform = RunningPlatform.start();
        gateway = new ApiClient(platform.gateway());
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }
}
