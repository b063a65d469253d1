package org.maillage.web.session;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.UUID;

/** A page parameter of this type admits a signed-in BUYER of an institution only (anyone else signs in, or is refused). */
public record Buyer(Visitor visitor) {

    public UUID organization() {
        return visitor.organization();
    }

    @Nullable
    public UUID decisionUnit() {
        return visitor.decisionUnit();
    }

    public List<UUID> pilots() {
        return visitor.pilots();
    }
}
