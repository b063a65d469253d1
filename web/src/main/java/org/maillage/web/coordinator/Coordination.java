package org.maillage.web.coordinator;

import io.micronaut.http.HttpRequest;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import org.maillage.web.api.Api;
import org.maillage.web.api.ApiException;
import org.maillage.web.session.Session;
import org.maillage.web.session.Sessions;
import org.maillage.web.session.SignInRequired;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Who may see the coordination pages: a signed-in COORDINATOR, and for a pilot's pages only a coordinator of
 * that pilot. Another pilot's pages answer "not found", so a coordinator learns nothing of a pilot it does not run;
 * the API checks every action again with the same token.
 */
@Singleton
public class Coordination {

    private final Api api;
    private final Sessions sessions;

    public Coordination(Api api, Sessions sessions) {
        this.api = api;
        this.sessions = sessions;
    }

    /** The signed-in coordinator: its token and the pilots it runs. */
    public Coordinator coordinator(HttpRequest<?> request) {
        Session session = Sessions.of(request).orElseThrow(SignInRequired::new);
        if (!"COORDINATOR".equals(session.role())) {
            throw new ApiException(403, "coordinators only", List.of());
        }
        String token = sessions.accessToken(session);
        Account account = api.get("/api/accounts/me", Account.class, token);
        List<Pilot> pilots = api.list("/api/pilots", Pilot.class).stream().filter(p -> account.pilots().contains(p.id())).toList();
        return new Coordinator(token, pilots);
    }

    /** A pilot this coordinator runs, or "not found" for any other. */
    public Scope pilot(HttpRequest<?> request, UUID pilotId) {
        Coordinator c = coordinator(request);
        Pilot pilot = c.pilots().stream().filter(p -> p.id().equals(pilotId)).findFirst()
                .orElseThrow(() -> new ApiException(404, "not a pilot of this coordinator", List.of()));
        return new Scope(c.token(), pilot);
    }

    public record Coordinator(String token, List<Pilot> pilots) {
    }

    public record Scope(String token, Pilot pilot) {
    }

    @Serdeable
    public record Pilot(UUID id, String name, String region, LocalDate startsOn, LocalDate endsOn, String coordinatingOrganization,
                        long memberCount) {
    }

    @Serdeable
    record Account(List<UUID> pilots) {
    }
}
