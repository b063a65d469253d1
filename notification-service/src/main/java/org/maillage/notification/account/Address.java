package org.maillage.notification.account;

import io.micronaut.core.annotation.Introspected;

/** Where and in which language to write to an account's person. */
@Introspected
public record Address(String email, String language) {
}
