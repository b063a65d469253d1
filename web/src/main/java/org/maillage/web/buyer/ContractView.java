package org.maillage.web.buyer;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * One contract with its history and what the buyer may do with it now.
 *
 * @param awaitingMe declared by an enterprise, waiting for this institution to confirm or reject it
 * @param mine       this institution is the buyer: it starts, amends and ends the contract once confirmed
 * @param joint      the awarded joint response's lead and partners with their roles, or empty
 */
public record ContractView(BuyerApi.Contract c, String suppliers, boolean awaitingMe, boolean mine, @Nullable String done, Form form,
                           List<JointParties.Party> joint) {

    public boolean canStart() {
        return mine && c.confirmed() && "PENDING".equals(c.status());
    }

    public boolean running() {
        return mine && c.confirmed() && "ACTIVE".equals(c.status());
    }

    public boolean amendable() {
        return mine && c.confirmed() && ("PENDING".equals(c.status()) || "ACTIVE".equals(c.status()));
    }
}
