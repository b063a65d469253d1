package org.maillage.platform.testapp;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/** Echoes what it is sent: the smallest service on which to try bad text. */
@Requires(property = "test.echo", value = "true")
@Controller("/echo")
@Secured(SecurityRule.IS_ANONYMOUS)
public class EchoController {

    @Serdeable
    public record Person(String name, List<String> emails) {
    }

    @Serdeable
    public record Team(String title, List<Person> people, @Nullable Boolean active, boolean certified,
                       @Nullable Map<String, String> labels, @Nullable Map<String, Boolean> kinds) {
    }

    @Post
    public Team echo(@Body Team team) {
        return team;
    }

    @Get("/{name}")
    public String byName(@PathVariable String name, @QueryValue(defaultValue = "") String q) {
        return name + q;
    }
}
