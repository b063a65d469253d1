package org.maillage.web.session;

import io.micronaut.core.annotation.Nullable;
import org.maillage.directory.api.http.Role;

import java.util.List;
import java.util.UUID;

/**
 * The person signed in, read once per request from the session and its access token: a page that takes one says that
 * only a signed-in person may open it ({@code @Nullable Visitor}: anyone, and it knows who). A page of one role takes
 * {@link Buyer}, {@link Supplier} or {@link Coordinator} instead. The API checks every claim again; the pages only use
 * them to know what to ask for and what to show.
 *
 * @param token        a valid access token, for the API only (typed clients send it on their own); never rendered
 * @param organization the account's organization (the token's {@code org}); null for a coordinator
 * @param decisionUnit the buyer's decision unit, if the account has one
 * @param pilots       the pilots the account takes part in, or runs for a coordinator
 */
public record Visitor(UUID account, String email, Role role, String token, @Nullable UUID organization, @Nullable UUID decisionUnit,
                      List<UUID> pilots) {
}
