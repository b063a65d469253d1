package org.maillage.platform.testapp;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.time.Clock;

/** Says when a write happens, as the services see it: the injected clock, on a worker thread, like their controllers. */
@Requires(property = "test.echo", value = "true")
@Controller("/now")
@Secured(SecurityRule.IS_ANONYMOUS)
public class NowController {

    private final Clock clock;

    public NowController(Clock clock) {
        this.clock = clock;
    }

    @Post
    @ExecuteOn(TaskExecutors.BLOCKING)
    public String now() {
        return clock.instant().toString();
    }
}
