package org.maillage.web.coordinator;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.UUID;

/**
 * A pilot's members: applications waiting for a coordinator, every member by kind, and organizations of the
 * directory found by a search, to invite.
 *
 * @param notice   what the last action did, already in words (after the redirect that follows a form)
 * @param problem  why the last action was refused, in words
 */
public record MembersView(Coordination.Pilot pilot, List<Members.Member> pending, List<Kind> kinds, @Nullable String q,
                          List<Candidate> candidates, @Nullable String notice, @Nullable String problem) {

    public record Kind(String kind, long active, long inactive, List<Members.Member> members) {
    }

    /** An active organization of the directory not yet in this pilot. */
    public record Candidate(UUID id, String name, String kind) {
    }

    public String base() {
        return "/coordinator/pilots/" + pilot.id();
    }
}
