package org.maillage.web.coordinator;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.UUID;

/**
 * A pilot's members: applications waiting for a coordinator, those refused with their reason, every member by kind, and
 * organizations of the directory found by a search, to invite.
 *
 * @param notice   what the last action did, already in words (after the redirect that follows a form)
 * @param problem  why the last action was refused, in words
 * @param refusal  a refusal the page sent back (no reason, or one too long), with what was typed
 */
public record MembersView(Coordination.Pilot pilot, List<Applications.Application> pending, List<Applications.Application> refused,
                          List<Kind> kinds, @Nullable String q, List<Candidate> candidates, @Nullable String notice,
                          @Nullable String problem, Refusal refusal) {

    public record Kind(String kind, long active, long inactive, List<Members.Member> members) {
    }

    /** An active organization of the directory not yet in this pilot. */
    public record Candidate(UUID id, String name, String kind) {
    }

    /** The refusal form of one application as sent back: what was typed and why it was not taken. */
    public record Refusal(@Nullable UUID organizationId, String reason, @Nullable String error) {
        static final Refusal NONE = new Refusal(null, "", null);
    }

    public String base() {
        return "/coordinator/pilots/" + pilot.id();
    }

    /** The reason typed for this application, if the page was sent back for it. */
    public String reasonFor(UUID organization) {
        return organization.equals(refusal.organizationId()) ? refusal.reason() : "";
    }

    @Nullable
    public String reasonErrorFor(UUID organization) {
        return organization.equals(refusal.organizationId()) ? refusal.error() : null;
    }

    /** For the summary at the top: the field is the reason's input. */
    public List<FieldError> errors() {
        return refusal.error() == null ? List.of() : List.of(new FieldError("reason-" + refusal.organizationId(), refusal.error()));
    }
}
