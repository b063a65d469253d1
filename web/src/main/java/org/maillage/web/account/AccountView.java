package org.maillage.web.account;

public record AccountView(String email, String role, String language) {
}
