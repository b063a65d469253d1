package org.maillage.platform.testapp;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.maillage.platform.demo.DemoTime;

/** Says when a write happens, as the services see it: on a worker thread, like their controllers. */
@Requires(property = "test.echo", value = "true")
@Controller("/now")
@Secured(SecurityRule.IS_ANONYMOUS)
public class NowController {

    @Post
    @ExecuteOn(TaskExecutors.BLOCKING)
    public String now() {
        return DemoTime.now().toString();
    }
}
