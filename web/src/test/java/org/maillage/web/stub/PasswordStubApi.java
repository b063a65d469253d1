package org.maillage.web.stub;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** The directory's password endpoints as the site sees them: forgotten (always 202, or 429) and the one-time code. */
@Requires(property = "maillage.test.stub-api", value = "true")
@Controller("/api/auth")
public class PasswordStubApi {

    public static final String GOOD_CODE = "code-from-the-email";
    public static final String FLOODED = "flood@coop.test";
    public static final List<String> FORGOTTEN = new CopyOnWriteArrayList<>();
    private static final Set<String> USED = ConcurrentHashMap.newKeySet();

    @Post("/password-forgotten")
    HttpResponse<?> forgotten(@Body Map<String, String> body) {
        if (FLOODED.equals(body.get("email"))) {
            return HttpResponse.status(io.micronaut.http.HttpStatus.TOO_MANY_REQUESTS)
                    .body(StubApi.map("type", "https://maillage.org/problems/rate-limited", "status", 429, "detail", "too many"));
        }
        FORGOTTEN.add(body.get("email"));
        return HttpResponse.accepted();
    }

    @Post("/password-reset")
    HttpResponse<?> reset(@Body Map<String, String> body) {
        if (!GOOD_CODE.equals(body.get("token")) || !USED.add(body.get("token"))) {
            return HttpResponse.badRequest(StubApi.map("type", "https://maillage.org/problems/invalid-reset-token", "status", 400,
                    "detail", "unknown, used or expired token",
                    "errors", java.util.List.of(StubApi.map("field", "token", "message", "unknown, used or expired"))));
        }
        return HttpResponse.noContent();
    }
}
