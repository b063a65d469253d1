package org.maillage.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.maillage.devstack.ApiClient;
import org.maillage.testkit.RunningPlatform;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A system test class gets the tier's shared platform (the services as processes on the real broker and database)
 * and a client of the gateway that records every answer, which the API description must list.
 */
abstract class PlatformSystemTest {

    static RunningPlatform platform;
    static ApiClient gateway;

    @BeforeAll
    static void startPlatform() {
        platform = SharedPlatform.get();
        gateway = ApiClient.recording(platform.gateway());
    }

    /** Every answer the class's calls got must be one the API description lists for that operation. */
    @AfterAll
    static void everyAnswerIsDocumented() {
        if (gateway != null && !gateway.calls().isEmpty()) {
            ApiDescription description = ApiDescription.complete(platform.gateway());
            List<String> undocumented = description.undocumented(gateway.calls());
            assertThat(undocumented).as("answers not in the API description:\n" + String.join("\n", undocumented)).isEmpty();
        }
    }
}
