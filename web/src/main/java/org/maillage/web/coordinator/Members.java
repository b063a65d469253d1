package org.maillage.web.coordinator;

import io.micronaut.serde.annotation.Serdeable;
import org.maillage.web.api.Api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A pilot's members as GET /api/pilots/{id}/members pages them, read to the end. */
public final class Members {

    /** A pilot with more members than this is read in part; far above any pilot's size. */
    private static final int AT_MOST = 5000;

    private Members() {
    }

    @Serdeable
    public record Member(UUID organizationId, String name, String kind, String status, LocalDate joinedOn) {
    }

    static List<Member> all(Api api, UUID pilot) {
        return api.all("/api/pilots/" + pilot + "/members", Member.class, AT_MOST);
    }
}
