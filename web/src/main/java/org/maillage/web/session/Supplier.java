package org.maillage.web.session;

import java.util.List;
import java.util.UUID;

/** A page parameter of this type admits a signed-in SUPPLIER of an enterprise only (anyone else signs in, or is refused). */
public record Supplier(Visitor visitor) {

    public UUID organization() {
        return visitor.organization();
    }

    public List<UUID> pilots() {
        return visitor.pilots();
    }
}
