package org.maillage.contracts.opportunity;

import org.maillage.platform.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/** The position after a page's last row: its list key and id (migration V13), opaque to clients. */
record ListCursor(long key, UUID id) {

    String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((key + "/" + id).getBytes(StandardCharsets.UTF_8));
    }

    static ListCursor decode(String text) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("/", 2);
            return new ListCursor(Long.parseLong(parts[0]), UUID.fromString(parts[1]));
        } catch (RuntimeException e) {
            throw ProblemException.invalid("cursor", "not the `next` of a previous page / pas le `next` d'une page précédente");
        }
    }
}
