package org.maillage.web.contracts;

import io.micronaut.core.annotation.Nullable;
import org.maillage.web.site.form.Form;
import org.maillage.web.site.form.Option;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the supplier's contract pages show (contracts/supplier-list.jte, contracts/supplier-declare.jte). */
public final class SupplierContracts {

    private SupplierContracts() {
    }

    /**
     * My contracts: those waiting for my word first, then all of them, newest first.
     *
     * @param done      what the last action did (a message key's last part), for the confirmation banner
     * @param rejection the rejection the API or the page refused, shown again beside its contract; null when none
     */
    public record ListPage(List<Row> awaiting, List<Row> all, @Nullable String done, @Nullable Rejection rejection) {

        /** The rejection form of a listed contract: the refused one as typed, or a blank one. */
        public Form<ContractRejected> rejectionOf(UUID contract) {
            return rejection != null && rejection.contract().equals(contract) ? rejection.form()
                    : Form.<ContractRejected>blank().scoped(contract.toString());
        }

        public Form<ContractRejected> refused() {
            return rejection == null ? Form.blank() : rejection.form();
        }
    }

    public record Rejection(UUID contract, Form<ContractRejected> form) {
    }

    /** How a contract stands for me. */
    public enum Standing { CONFIRMED, AWAITING_ME, AWAITING_OTHER, REJECTED }

    /**
     * @param state       how it stands for me
     * @param status      the contract's own status, in the page's language
     * @param counterpart who confirms or confirmed it
     * @param why         a rejection's reason
     */
    public record Row(UUID id, String title, String buyer, String suppliers, BigDecimal value, @Nullable BigDecimal finalValue,
                      @Nullable LocalDate startsOn,
                      @Nullable LocalDate endsOn, Standing state, String status, String origin, @Nullable String counterpart,
                      @Nullable String why) {
    }

    /** Declaring a contract: the form, the organizations of my pilots (institutions first) and the categories. */
    public record DeclarePage(Form<ContractDeclared> form, List<Option> buyers, List<Option> categories) {
    }
}
