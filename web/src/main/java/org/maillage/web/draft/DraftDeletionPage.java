package org.maillage.web.draft;

import java.util.UUID;

/** What deleting a draft takes away: the draft, named, and the files attached to it. */
public record DraftDeletionPage(UUID opportunityId, String title, int files) {
}
