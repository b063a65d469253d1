package org.maillage.contracts.contract;

import org.maillage.contracts.api.http.ContractChangeForms;
import org.maillage.contracts.api.http.ContractForm;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.maillage.contracts.api.ContractEventTypes;
import org.maillage.contracts.api.ContractState;
import org.maillage.contracts.api.ContractsTopics;
import org.maillage.contracts.api.http.ContractOrigin;
import org.maillage.contracts.api.http.ContractStatus;
import org.maillage.contracts.api.http.ContractView;
import org.maillage.contracts.organization.KnownOrganizations;
import org.maillage.platform.api.Listing;
import org.maillage.platform.api.RowCursor;
import org.maillage.platform.outbox.Outbox;
import org.maillage.platform.problem.ProblemException;
import org.maillage.platform.security.Caller;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Contracts recorded outside an award, and every contract's later life. An institution recording its own
 * direct purchase needs no one else's word. A contract declared "with" an institution stays declared until that
 * institution confirms it (enterprises cannot confirm an institution's purchase between themselves); one between
 * enterprises until the other side of the deal confirms it. The one whose word is awaited may also reject
 * it. Reporting counts declared contracts apart. Status changes and amendments are the buyer's, on a
 * confirmed contract, and each is kept in the history with its reason.
 */
@Singleton
public class ContractService {

    private final ContractStore store;
    private final KnownOrganizations organizations;
    private final Outbox outbox;
    private final Clock clock;

    ContractService(ContractStore store, KnownOrganizations organizations, Outbox outbox, Clock clock) {
        this.store = store;
        this.organizations = organizations;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public ContractView record(Caller caller, ContractForm f) {
        UUID me = caller.organizationId();
        if (me == null || !(f.buyerId().equals(me) || f.supplierIds().contains(me))) {
            throw ProblemException.invalid("buyerId", "your organization must be the buyer or one of the suppliers");
        }
        if (f.supplierIds().contains(f.buyerId())) {
            throw ProblemException.invalid("supplierIds", "the buyer cannot also be a supplier");
        }
        if (f.supplierIds().stream().distinct().count() != f.supplierIds().size()) {
            throw ProblemException.invalid("supplierIds", "a supplier is listed twice");
        }
        if (f.startsOn() != null && f.endsOn() != null && f.endsOn().isBefore(f.startsOn())) {
            throw ProblemException.invalid("endsOn", "must not be before startsOn");
        }
        KnownOrganizations.Known buyer = known("buyerId", f.buyerId());
        if (f.decisionUnitId() != null && !buyer.decisionUnits().contains(f.decisionUnitId())) {
            throw ProblemException.invalid("decisionUnitId", "not a decision unit of the buyer " + f.buyerId());
        }
        for (int i = 0; i < f.supplierIds().size(); i++) {
            KnownOrganizations.Known s = known("supplierIds[" + i + "]", f.supplierIds().get(i));
            if (!"ENTERPRISE".equals(s.kind())) {
                throw ProblemException.invalid("supplierIds[" + i + "]", "a supplier is an enterprise");
            }
        }
        boolean between = "ENTERPRISE".equals(buyer.kind());
        boolean confirmed = !between && f.buyerId().equals(me);
        ContractView contract = new ContractView(UUID.randomUUID(), null, f.buyerId(), f.supplierIds(), f.title().strip(), f.valueCad(),
                f.startsOn(), f.endsOn(), ContractStatus.PENDING, between ? ContractOrigin.BETWEEN_ENTERPRISES : ContractOrigin.DIRECT, confirmed, null, List.of());
        Instant now = clock.instant();
        store.insert(contract, f.decisionUnitId(), f.category(), me, now);
        announce(contract, f.decisionUnitId(), List.of(f.category()), confirmed ? me : null, me, ContractEventTypes.RECORDED_V1, now);
        return contract;
    }

    /** The other party confirms; the one who declared it cannot. */
    @Transactional
    public ContractView confirm(Caller caller, UUID id) {
        Instant now = clock.instant();
        ContractStore.Row row = awaitingMyWord(caller, id);
        store.confirm(row, caller.organizationId(), now);
        ContractView v = row.view();
        ContractView confirmed = new ContractView(v.id(), v.opportunityId(), v.buyerId(), v.supplierIds(), v.title(), v.valueCad(),
                v.startsOn(), v.endsOn(), v.status(), v.origin(), true, v.finalValueCad(), v.history());
        announce(confirmed, row.unit(), row.categories(), caller.organizationId(), row.recordedBy(), ContractEventTypes.CONFIRMED_V1, now);
        return confirmed;
    }

    /** The party whose word was awaited says the contract was never made: it is cancelled, with the reason. */
    @Transactional
    public ContractView reject(Caller caller, UUID id, String reason) {
        Instant now = clock.instant();
        ContractStore.Row row = awaitingMyWord(caller, id);
        ContractView v = row.view();
        ContractView.Change change = new ContractView.Change("STATUS", reason.strip(), ContractStatus.CANCELLED, null, null, caller.organizationId(), now);
        return save(row, new ContractView(v.id(), v.opportunityId(), v.buyerId(), v.supplierIds(), v.title(), v.valueCad(),
                v.startsOn(), v.endsOn(), ContractStatus.CANCELLED, v.origin(), false, null, v.history()), change,
                ContractEventTypes.STATUS_CHANGED_V1, now);
    }

    /** The declared contracts waiting for the caller's organization to confirm or reject them, oldest first. */
    @Transactional(readOnly = true)
    public List<ContractView> awaiting(Caller caller) {
        if (caller.organizationId() == null) {
            return List.of();
        }
        return store.awaiting(caller.organizationId(), 200);
    }

    /** A page of the contracts the caller's organization is a party to, newest first: awarded, recorded, declared, rejected. */
    @Transactional(readOnly = true)
    public Listing<ContractView> ofMine(Caller caller, @Nullable String cursor, int limit) {
        if (caller.organizationId() == null) {
            return Listing.complete(List.of());
        }
        UUID after = RowCursor.decode(cursor);
        return Listing.page(store.ofParty(caller.organizationId(), after, limit + 1), limit, ContractView::id);
    }

    /**
     * A declared contract that this caller may confirm or reject: an institution's only by that institution,
     * one between enterprises by the other side of the deal (the buyer if a supplier declared it, a supplier if
     * the buyer did).
     */
    private ContractStore.Row awaitingMyWord(Caller caller, UUID id) {
        ContractStore.Row row = party(caller, id, true);
        if (row.view().confirmed()) {
            throw ProblemException.conflict("confirmed", "this contract is already confirmed", Map.of());
        }
        if (row.view().status() != ContractStatus.PENDING) {
            throw ProblemException.conflict("status", "this contract is " + row.view().status(), Map.of());
        }
        if (caller.organizationId().equals(row.recordedBy())) {
            throw ProblemException.conflict("confirmed", "the other party confirms a declared contract, not the one who declared it", Map.of());
        }
        boolean callerBuys = caller.organizationId().equals(row.view().buyerId());
        if (row.view().origin() != ContractOrigin.BETWEEN_ENTERPRISES && !callerBuys) {
            throw ProblemException.forbidden("Only the institution itself confirms or rejects a contract declared with it.");
        }
        // the other side of the deal: a co-supplier cannot vouch for a buyer that never agreed
        boolean declaredByBuyer = row.view().buyerId().equals(row.recordedBy());
        if (declaredByBuyer == callerBuys) {
            throw ProblemException.forbidden("The other side of the contract confirms or rejects it: the buyer if a supplier declared it, "
                    + "a supplier if the buyer did.");
        }
        return row;
    }

    @Transactional
    public ContractView changeStatus(Caller caller, UUID id, ContractChangeForms.StatusChange form) {
        Instant now = clock.instant();
        ContractStore.Row row = buyersConfirmed(caller, id);
        ContractView v = row.view();
        ContractStatus to = ContractStatus.valueOf(form.status());
        if (!v.status().canMoveTo(to)) {
            throw ProblemException.conflict("status", "a " + v.status() + " contract cannot become " + form.status(), Map.of());
        }
        String reason = form.reason() == null || form.reason().isBlank() ? null : form.reason().strip();
        if (to.needsReason() && reason == null) {
            throw ProblemException.invalid("reason", "say why the contract is " + form.status().toLowerCase());
        }
        if (form.finalValueCad() != null && to != ContractStatus.COMPLETED) {
            throw ProblemException.invalid("finalValueCad", "only a completed contract has a final value");
        }
        BigDecimal last = to == ContractStatus.COMPLETED ? (form.finalValueCad() != null ? form.finalValueCad() : v.valueCad()) : null;
        ContractView.Change change = new ContractView.Change("STATUS", reason, to, last, null, caller.organizationId(), now);
        return save(row, new ContractView(v.id(), v.opportunityId(), v.buyerId(), v.supplierIds(), v.title(), v.valueCad(),
                v.startsOn(), v.endsOn(), to, v.origin(), true, last, v.history()), change,
                ContractEventTypes.STATUS_CHANGED_V1, now);
    }

    @Transactional
    public ContractView amend(Caller caller, UUID id, ContractChangeForms.Amendment form) {
        if (form.valueCad() == null && form.endsOn() == null) {
            throw ProblemException.invalid("valueCad", "an amendment changes the value, the end date, or both");
        }
        Instant now = clock.instant();
        ContractStore.Row row = buyersConfirmed(caller, id);
        ContractView v = row.view();
        if (!v.status().amendable()) {
            throw ProblemException.conflict("status", "a " + v.status() + " contract can no longer be amended", Map.of());
        }
        if (form.endsOn() != null && v.startsOn() != null && form.endsOn().isBefore(v.startsOn())) {
            throw ProblemException.invalid("endsOn", "must not be before the contract starts (" + v.startsOn() + ")");
        }
        BigDecimal value = form.valueCad() != null ? form.valueCad() : v.valueCad();
        ContractView.Change change = new ContractView.Change("AMENDMENT", form.reason().strip(), null, form.valueCad(), form.endsOn(),
                caller.organizationId(), now);
        return save(row, new ContractView(v.id(), v.opportunityId(), v.buyerId(), v.supplierIds(), v.title(), value,
                v.startsOn(), form.endsOn() != null ? form.endsOn() : v.endsOn(), v.status(), v.origin(), true, null, v.history()),
                change, ContractEventTypes.AMENDED_V1, now);
    }

    /** Its parties see it; anyone else is told it does not exist. */
    @Transactional(readOnly = true)
    public ContractView show(Caller caller, UUID id) {
        return party(caller, id, false).view();
    }

    private ContractView save(ContractStore.Row row, ContractView after, ContractView.Change change, String type, Instant now) {
        store.change(row, after, change);
        List<ContractView.Change> history = new ArrayList<>(row.view().history());
        history.add(change);
        ContractView saved = new ContractView(after.id(), after.opportunityId(), after.buyerId(), after.supplierIds(), after.title(),
                after.valueCad(), after.startsOn(), after.endsOn(), after.status(), after.origin(), after.confirmed(),
                after.finalValueCad(), history);
        announce(saved, row.unit(), row.categories(), saved.confirmed() ? row.confirmedBy() : null, row.recordedBy(), type, now);
        return saved;
    }

    private ContractStore.Row party(Caller caller, UUID id, boolean lock) {
        return store.find(id, lock).filter(r -> r.parties().contains(caller.organizationId()))
                .orElseThrow(() -> ProblemException.notFound("Contract", id));
    }

    private ContractStore.Row buyersConfirmed(Caller caller, UUID id) {
        ContractStore.Row row = party(caller, id, true);
        if (!row.view().buyerId().equals(caller.organizationId())) {
            throw ProblemException.forbidden("Only the buyer changes a contract's status or amends it.");
        }
        if (!row.view().confirmed()) {
            throw ProblemException.conflict("confirmed", "confirm this declared contract before changing it", Map.of());
        }
        return row;
    }

    private KnownOrganizations.Known known(String field, UUID id) {
        KnownOrganizations.Known k = organizations.find(id).orElseThrow(() -> ProblemException.invalid(field, "no organization " + id));
        if (!k.active()) {
            throw ProblemException.conflict(field, "organization " + id + " is " + k.status(), Map.of());
        }
        return k;
    }

    private void announce(ContractView v, UUID unit, List<String> categories, UUID confirmedBy, UUID recordedBy, String type, Instant now) {
        outbox.append(ContractsTopics.CONTRACTS, v.id().toString(), type, new ContractState(v.id(), v.opportunityId(), v.buyerId(), unit,
                v.supplierIds(), v.title(), categories, v.valueCad(), v.startsOn(), v.endsOn(), v.status().name(), v.origin().name(), v.confirmed(),
                v.finalValueCad(), confirmedBy, recordedBy, now));
    }
}
