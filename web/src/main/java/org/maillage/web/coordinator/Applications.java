package org.maillage.web.coordinator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.maillage.web.api.Api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A pilot's applications, pending and refused, as GET /api/pilots/{id}/applications pages them, read to the end. */
public final class Applications {

    /** A pilot with more applications than this is read in part; far above any pilot's. */
    private static final int AT_MOST = 2000;

    private Applications() {
    }

    /**
     * @param contactEmail  whom the applicant asked to be answered at: a refusal is emailed there
     * @param refusalReason the coordinator's reason, once refused
     */
    @Serdeable
    public record Application(UUID organizationId, String name, String status, LocalDate appliedOn, @Nullable String contactEmail,
                              String language, @Nullable Instant refusedAt, @Nullable String refusalReason) {

        public boolean refused() {
            return "REFUSED".equals(status);
        }
    }

    @Serdeable
    record Page(List<Application> items, @Nullable String next) {
    }

    static List<Application> all(Api api, UUID pilot, String token) {
        List<Application> out = new ArrayList<>();
        String cursor = null;
        do {
            Page page = api.get("/api/pilots/" + pilot + "/applications?limit=100"
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)), Page.class, token);
            out.addAll(page.items());
            cursor = page.next();
        } while (cursor != null && out.size() < AT_MOST);
        return out;
    }
}
