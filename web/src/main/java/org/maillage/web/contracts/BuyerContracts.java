package org.maillage.web.contracts;

import io.micronaut.core.annotation.Nullable;
import org.maillage.contracts.api.http.ContractStatus;
import org.maillage.contracts.api.http.ContractView;
import org.maillage.web.buyer.JointParties;
import org.maillage.web.site.form.Form;
import org.maillage.web.site.form.Option;

import java.util.List;

/** What the institution's contract pages show (contracts/buyer-*.jte). */
public final class BuyerContracts {

    private BuyerContracts() {
    }

    /** The institution's contracts, those awaiting its word first. */
    public record ListPage(List<Item> awaiting, List<Item> contracts, @Nullable String done) {
    }

    public record Item(ContractView c, String suppliers) {
    }

    /** Recording a direct purchase: the form and the choices offered. */
    public record NewPage(Form<DirectPurchase> form, List<Option> suppliers, List<Option> categories, List<Option> units) {
    }

    /**
     * One contract with its history and what the buyer may do with it now.
     *
     * @param awaitingMe declared by an enterprise, waiting for this institution to confirm or reject it
     * @param mine       this institution is the buyer: it starts, amends and ends the contract once confirmed
     * @param joint      the awarded joint response's lead and partners with their roles, or empty
     */
    public record DetailPage(ContractView c, String suppliers, boolean awaitingMe, boolean mine, @Nullable String done,
                             Form<ContractChange> form, List<JointParties.Party> joint) {

        public boolean canStart() {
            return mine && c.confirmed() && c.status().canMoveTo(ContractStatus.ACTIVE);
        }

        public boolean running() {
            return mine && c.confirmed() && c.status() == ContractStatus.ACTIVE;
        }

        public boolean amendable() {
            return mine && c.confirmed() && c.status().amendable();
        }
    }
}
