package org.maillage.web.stub;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.maillage.web.stub.Samples.INSTITUTION;
import static org.maillage.web.stub.StubApi.map;

/**
 * The directory's invitations as the city's account sees them: Estrie's pilot invites the city; an answer takes the
 * invitation off the pending list, a second answer is refused (409) as the directory refuses it.
 */
@Requires(property = "maillage.test.stub-api", value = "true")
@Controller("/api")
public class InvitationStubApi {

    public static final String ESTRIE = "e5000000-0000-4000-8000-000000000001";
    public static final String INVITATION = "1a000000-0000-4000-8000-000000000001";
    public static final List<String> ANSWERS = new CopyOnWriteArrayList<>();
    public static volatile boolean pending = true;

    @Get("/organizations/{id}/invitations")
    Map<String, Object> pending(String id) {
        return StubListing.of(pending && INSTITUTION.equals(id) ? List.of(map("id", INVITATION, "pilotId", ESTRIE, "pilotName", "Achat social Estrie",
                "organizationId", INSTITUTION, "status", "PENDING", "createdAt", "2026-11-20T15:00:00Z")) : List.of());
    }

    @Post("/pilots/{pilot}/invitations/{id}/{answer}")
    HttpResponse<?> answer(String pilot, String id, String answer) {
        if (!pending || !ESTRIE.equals(pilot) || !INVITATION.equals(id)) {
            return HttpResponse.status(HttpStatus.CONFLICT).body(map("type", "about:blank", "status", 409, "detail", "already answered"));
        }
        pending = false;
        ANSWERS.add(answer);
        return HttpResponse.ok(map("id", id, "status", answer.equals("accept") ? "ACCEPTED" : "DECLINED"));
    }
}
