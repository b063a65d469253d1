package org.maillage.web.coordinator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.maillage.web.api.Api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The pilot's accounts no one has signed in with yet, as GET /api/pilots/{id}/accounts/never-signed-in pages them. */
public final class NeverSignedIn {

    private static final int AT_MOST = 1000;

    private NeverSignedIn() {
    }

    /** @param invitedAt when the account was opened, and its first code given */
    @Serdeable
    public record Account(UUID id, String email, String role, @Nullable UUID organizationId, String organizationName, String language,
                          Instant invitedAt) {
    }

    @Serdeable
    record Page(List<Account> items, @Nullable String next) {
    }

    static List<Account> all(Api api, UUID pilot, String token) {
        List<Account> out = new ArrayList<>();
        String cursor = null;
        do {
            Page page = api.get("/api/pilots/" + pilot + "/accounts/never-signed-in?limit=100"
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)), Page.class, token);
            out.addAll(page.items());
            cursor = page.next();
        } while (cursor != null && out.size() < AT_MOST);
        return out;
    }
}
