package org.maillage.web.buyer;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The enterprises of a joint response with their roles: the one that answered leads; each partner it named either
 * confirmed its part (and becomes a supplier on award) or did not (and stays out of the contract).
 */
public final class JointParties {

    private JointParties() {
    }

    /** @param role LEAD, PARTNER (confirmed) or UNCONFIRMED */
    public record Party(String name, String role) {
    }

    /** The parties of a response; empty when it is no joint response. */
    public static List<Party> of(BuyerApi.Response r, Function<UUID, String> names) {
        List<UUID> named = r.partners() == null ? List.of() : r.partners();
        if (named.isEmpty()) {
            return List.of();
        }
        List<UUID> confirmed = r.confirmedPartners() == null ? List.of() : r.confirmedPartners();
        List<Party> out = new ArrayList<>();
        out.add(new Party(names.apply(r.enterpriseId()), "LEAD"));
        named.forEach(p -> out.add(new Party(names.apply(p), confirmed.contains(p) ? "PARTNER" : "UNCONFIRMED")));
        return out;
    }
}
