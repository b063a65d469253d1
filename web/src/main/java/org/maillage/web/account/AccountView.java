package org.maillage.web.account;

/**
 * @param language    the account's language code (fr or en)
 * @param coordinator whether the account coordinates pilots: its page then leads to the coordination pages
 * @param saved       whether the language was just saved
 */
public record AccountView(String email, String role, String language, boolean coordinator, boolean saved) {
}
