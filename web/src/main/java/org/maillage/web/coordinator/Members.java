package org.maillage.web.coordinator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.maillage.web.api.Api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A pilot's members as GET /api/pilots/{id}/members pages them ({@code nextCursor}), read to the end. */
public final class Members {

    /** A pilot with more members than this is read in part; far above any pilot's size. */
    private static final int AT_MOST = 5000;

    private Members() {
    }

    @Serdeable
    public record Member(UUID organizationId, String name, String kind, String status, LocalDate joinedOn) {
    }

    @Serdeable
    record MemberPage(List<Member> items, @Nullable UUID nextCursor) {
    }

    static List<Member> all(Api api, UUID pilot) {
        List<Member> out = new ArrayList<>();
        UUID cursor = null;
        do {
            String path = "/api/pilots/" + pilot + "/members?limit=100" + (cursor == null ? "" : "&cursor="
                    + URLEncoder.encode(cursor.toString(), StandardCharsets.UTF_8));
            MemberPage page = api.get(path, MemberPage.class);
            out.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null && out.size() < AT_MOST);
        return out;
    }
}
