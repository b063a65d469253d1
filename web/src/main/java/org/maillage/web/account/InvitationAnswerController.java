package org.maillage.web.account;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.maillage.web.api.Api;
import org.maillage.web.api.ApiException;
import org.maillage.web.session.Session;
import org.maillage.web.session.Sessions;
import org.maillage.web.session.SignInRequired;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A buyer or a sales person answers, for its organization, a pilot's invitation to join it: the organization
 * joins only by this consent. The answer is the directory's to check (own organization, still pending).
 */
@Controller("/account/invitations/{invitationId}")
@ExecuteOn(TaskExecutors.BLOCKING)
public class InvitationAnswerController {

    private final Api api;
    private final Sessions sessions;

    public InvitationAnswerController(Api api, Sessions sessions) {
        this.api = api;
        this.sessions = sessions;
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> answer(HttpRequest<?> request, UUID invitationId, @Body Map<String, String> fields) {
        Session session = Sessions.of(request).orElseThrow(SignInRequired::new);
        String answer = fields.getOrDefault("answer", "");
        if (!answer.equals("accept") && !answer.equals("decline")) {
            return back("stale", null);
        }
        String token = sessions.accessToken(session);
        Optional<PilotInvitation> pending = pending(token, invitationId);
        if (pending.isEmpty()) {
            return back("stale", null);
        }
        PilotInvitation i = pending.get();
        try {
            api.send(HttpRequest.POST("/api/pilots/" + i.pilotId() + "/invitations/" + i.id() + "/" + answer, Map.of()), null, token);
        } catch (ApiException x) {
            if (x.status() != 404 && x.status() != 409) {
                throw x;
            }
            // answered meanwhile by someone else of the organization, or in another tab
            return back("stale", null);
        }
        return back(answer.equals("accept") ? "joined" : "declined", i.pilotId());
    }

    private Optional<PilotInvitation> pending(String token, UUID invitationId) {
        AccountController.Account me = api.get("/api/accounts/me", AccountController.Account.class, token);
        if (me.organizationId() == null) {
            return Optional.empty();
        }
        return api.list("/api/organizations/" + me.organizationId() + "/invitations", PilotInvitation.class, token).stream()
                .filter(x -> x.id().equals(invitationId)).findFirst();
    }

    private static HttpResponse<?> back(String answered, UUID pilot) {
        UriBuilder to = UriBuilder.of("/account").queryParam("answered", answered);
        if (pilot != null) {
            to.queryParam("pilot", pilot);
        }
        return HttpResponse.seeOther(to.fragment("invitations").build());
    }
}
