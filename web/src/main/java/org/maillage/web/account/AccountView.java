package org.maillage.web.account;

/** @param coordinator whether the account coordinates pilots: its page then leads to the coordination pages */
public record AccountView(String email, String role, String language, boolean coordinator) {
}
