package org.maillage.web.account;

import java.util.List;

/**
 * @param language    the account's language code (fr or en)
 * @param coordinator whether the account coordinates pilots: its page then leads to the coordination pages
 * @param saved       whether the language was just saved
 * @param invitations the pilots that invite the person's organization and wait for its answer
 * @param notice      what the last answer to an invitation did, in the page's language; null when none
 */
public record AccountView(String email, String role, String language, boolean coordinator, boolean saved,
                          List<PilotInvitation> invitations, String notice) {
}
