package org.maillage.web.contract;

import io.micronaut.core.annotation.Nullable;
import org.maillage.web.member.Errors;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * My contracts: those waiting for my word first, then all of them, newest first.
 *
 * @param done     what the last action did (a message key's last part), for the confirmation banner
 * @param errors   an action refused, next to its contract ({@code reason-<id>})
 * @param reasons  what was typed as a rejection's reason, by contract, kept when refused
 */
public record ContractList(List<Row> awaiting, List<Row> all, @Nullable String done, Errors errors, java.util.Map<UUID, String> reasons) {

    /**
     * @param state       CONFIRMED, AWAITING_ME, AWAITING_OTHER or REJECTED
     * @param status      the contract's own status (PENDING, ACTIVE, COMPLETED, ...)
     * @param counterpart who confirms or confirmed it
     * @param why         a rejection's reason
     */
    public record Row(UUID id, String title, String buyer, String suppliers, BigDecimal value, @Nullable LocalDate startsOn,
                      @Nullable LocalDate endsOn, String state, String status, String origin, @Nullable String counterpart,
                      @Nullable String why) {
    }

    public String reason(UUID id) {
        return reasons.getOrDefault(id, "");
    }
}
