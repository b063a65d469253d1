package org.maillage.web.session;

import java.util.List;
import java.util.UUID;

/**
 * A page parameter of this type admits a signed-in COORDINATOR only (anyone else signs in, or is refused). The pilots it
 * runs are its token's; a page about one pilot also checks it is one of them ({@link #runs}), and answers "not found"
 * otherwise.
 */
public record Coordinator(Visitor visitor) {

    public List<UUID> pilots() {
        return visitor.pilots();
    }

    public boolean runs(UUID pilot) {
        return visitor.pilots().contains(pilot);
    }
}
