package org.maillage.web.client;

import java.util.Optional;

/**
 * The API does not know what the page's address names (or does not show it to this person): the visitor gets the
 * "page not found" page. A declarative client answers a 404 with an empty Optional, never an exception, so a page
 * says here that what it asked for must exist.
 */
public class NotFound extends RuntimeException {

    public NotFound() {
        super("not found", null, false, false);
    }

    public static <T> T unless(Optional<T> answer) {
        return answer.orElseThrow(NotFound::new);
    }
}
