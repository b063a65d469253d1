package org.maillage.notification.delivery;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.util.UUID;

/**
 * Where and in which language a message goes: an account's address and language (its own choice first), read from this
 * service's copy of the directory when it is sent; or, for an applicant without an account, what its application gave.
 *
 * @param role the account's role (a buyer's pages differ from an enterprise's); null for an applicant
 */
@Introspected
public record Addressee(@Nullable UUID accountId, String email, String language, @Nullable String role) {

    static Addressee applicant(OutgoingMessage m) {
        return new Addressee(null, m.email(), m.language(), null);
    }
}
