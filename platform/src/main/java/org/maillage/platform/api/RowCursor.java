package org.maillage.platform.api;

import org.maillage.platform.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * A {@link Listing}'s {@code next} for a list kept in a stable order: the id of the page's last row. The query
 * reads the rows after that row's sort key, so rows added meanwhile never shift a page. Opaque to clients
 * (base64url), so the encoding can change without breaking them.
 */
public final class RowCursor {

    private RowCursor() {
    }

    public static String encode(UUID lastRow) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(lastRow.toString().getBytes(StandardCharsets.US_ASCII));
    }

    /** The last row of the previous page, or null for the first page; a cursor not of ours is a 400 naming {@code cursor}. */
    public static UUID decode(String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            return UUID.fromString(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("cursor", "not the `next` of a previous page / pas le `next` d'une page précédente");
        }
    }
}
