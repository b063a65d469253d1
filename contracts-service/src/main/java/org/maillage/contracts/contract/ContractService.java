package org.maillage.contracts.contract;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.maillage.contracts.api.ContractEventTypes;
import org.maillage.contracts.api.ContractState;
import org.maillage.contracts.api.ContractsTopics;
import org.maillage.contracts.award.ContractView;
import org.maillage.contracts.organization.KnownOrganizations;
import org.maillage.platform.outbox.Outbox;
import org.maillage.platform.problem.ProblemException;
import org.maillage.platform.security.Caller;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Contracts recorded outside an award. An institution recording its own direct purchase needs no one
 * else's word; any other record stays declared until the other party confirms it, and reporting counts
 * declared contracts apart.
 */
@Singleton
public class ContractService {

    private final TransactionOperations<Connection> tx;
    private final KnownOrganizations organizations;
    private final Outbox outbox;

    public ContractService(TransactionOperations<Connection> tx, KnownOrganizations organizations, Outbox outbox) {
        this.tx = tx;
        this.organizations = organizations;
        this.outbox = outbox;
    }

    public ContractView record(Caller caller, ContractForm f) {
        UUID me = caller.organizationId();
        if (me == null || !(f.buyerId().equals(me) || f.supplierIds().contains(me))) {
            throw ProblemException.invalid("buyerId", "your organization must be the buyer or one of the suppliers");
        }
        if (f.supplierIds().contains(f.buyerId())) {
            throw ProblemException.invalid("supplierIds", "the buyer cannot also be a supplier");
        }
        if (f.startsOn() != null && f.endsOn() != null && f.endsOn().isBefore(f.startsOn())) {
            throw ProblemException.invalid("endsOn", "must not be before startsOn");
        }
        KnownOrganizations.Known buyer = known("buyerId", f.buyerId());
        for (int i = 0; i < f.supplierIds().size(); i++) {
            KnownOrganizations.Known s = known("supplierIds[" + i + "]", f.supplierIds().get(i));
            if (!"ENTERPRISE".equals(s.kind())) {
                throw ProblemException.invalid("supplierIds[" + i + "]", "a supplier is an enterprise");
            }
        }
        boolean between = "ENTERPRISE".equals(buyer.kind());
        boolean confirmed = !between && f.buyerId().equals(me);
        ContractView contract = new ContractView(UUID.randomUUID(), null, f.buyerId(), f.supplierIds(), f.title().strip(), f.valueCad(),
                f.startsOn(), f.endsOn(), "PENDING", between ? "BETWEEN_ENTERPRISES" : "DIRECT", confirmed);
        Instant now = now();
        tx.executeWrite(status -> {
            Connection c = status.getConnection();
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into contract (id, buyer_id, decision_unit_id, supplier_ids, title, categories, value_cad, starts_on, ends_on,
                        status, origin, confirmed, created_at, recorded_by, confirmed_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?, ?, ?)""")) {
                ps.setObject(1, contract.id());
                ps.setObject(2, f.buyerId());
                ps.setObject(3, f.decisionUnitId());
                ps.setArray(4, c.createArrayOf("text", f.supplierIds().stream().map(UUID::toString).toArray()));
                ps.setString(5, contract.title());
                ps.setArray(6, c.createArrayOf("text", new Object[]{f.category()}));
                ps.setBigDecimal(7, f.valueCad());
                ps.setDate(8, f.startsOn() == null ? null : Date.valueOf(f.startsOn()));
                ps.setDate(9, f.endsOn() == null ? null : Date.valueOf(f.endsOn()));
                ps.setString(10, contract.origin());
                ps.setBoolean(11, confirmed);
                ps.setTimestamp(12, Timestamp.from(now));
                ps.setObject(13, me);
                ps.setTimestamp(14, confirmed ? Timestamp.from(now) : null);
                ps.executeUpdate();
            }
            announce(contract, f.decisionUnitId(), List.of(f.category()), ContractEventTypes.RECORDED_V1, now);
            return null;
        });
        return contract;
    }

    /** The other party confirms; the one who declared it cannot. */
    public ContractView confirm(Caller caller, UUID id) {
        Instant now = now();
        return tx.executeWrite(status -> {
            Connection c = status.getConnection();
            Row row = find(c, id, true).filter(r -> r.parties().contains(caller.organizationId()))
                    .orElseThrow(() -> ProblemException.notFound("Contract", id));
            if (row.view().confirmed()) {
                throw ProblemException.conflict("confirmed", "this contract is already confirmed", Map.of());
            }
            if (caller.organizationId().equals(row.recordedBy())) {
                throw ProblemException.conflict("confirmed", "the other party confirms a declared contract, not the one who declared it", Map.of());
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "update contract set confirmed = true, confirmed_at = ?, version = version + 1 where id = ?")) {
                ps.setTimestamp(1, Timestamp.from(now));
                ps.setObject(2, id);
                ps.executeUpdate();
            }
            ContractView v = row.view();
            ContractView confirmed = new ContractView(v.id(), v.opportunityId(), v.buyerId(), v.supplierIds(), v.title(), v.valueCad(),
                    v.startsOn(), v.endsOn(), v.status(), v.origin(), true);
            announce(confirmed, row.unit(), row.categories(), ContractEventTypes.CONFIRMED_V1, now);
            return confirmed;
        });
    }

    /** Its parties see it; anyone else is told it does not exist. */
    public ContractView show(Caller caller, UUID id) {
        return tx.executeRead(status -> find(status.getConnection(), id, false))
                .filter(r -> r.parties().contains(caller.organizationId())).map(Row::view)
                .orElseThrow(() -> ProblemException.notFound("Contract", id));
    }

    private record Row(ContractView view, UUID unit, List<String> categories, UUID recordedBy) {
        List<UUID> parties() {
            List<UUID> all = new ArrayList<>(view.supplierIds());
            all.add(view.buyerId());
            return all;
        }
    }

    private static Optional<Row> find(Connection c, UUID id, boolean lock) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                select opportunity_id, buyer_id, supplier_ids, title, value_cad, starts_on, ends_on, status, origin, confirmed,
                       decision_unit_id, categories, recorded_by from contract where id = ?""" + (lock ? " for update" : ""))) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                List<UUID> suppliers = Arrays.stream((Object[]) rs.getArray(3).getArray()).map(String::valueOf).map(UUID::fromString).toList();
                ContractView v = new ContractView(id, rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), suppliers, rs.getString(4),
                        rs.getBigDecimal(5), rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate(),
                        rs.getDate(7) == null ? null : rs.getDate(7).toLocalDate(), rs.getString(8), rs.getString(9), rs.getBoolean(10));
                return Optional.of(new Row(v, rs.getObject(11, UUID.class),
                        Arrays.stream((Object[]) rs.getArray(12).getArray()).map(String::valueOf).toList(), rs.getObject(13, UUID.class)));
            }
        }
    }

    private KnownOrganizations.Known known(String field, UUID id) {
        KnownOrganizations.Known k = organizations.find(id).orElseThrow(() -> ProblemException.invalid(field, "no organization " + id));
        if (!k.active()) {
            throw ProblemException.conflict(field, "organization " + id + " is " + k.status(), Map.of());
        }
        return k;
    }

    private void announce(ContractView v, UUID unit, List<String> categories, String type, Instant now) {
        outbox.append(ContractsTopics.CONTRACTS, v.id().toString(), type, new ContractState(v.id(), v.opportunityId(), v.buyerId(), unit,
                v.supplierIds(), v.title(), categories, v.valueCad(), v.startsOn(), v.endsOn(), v.status(), v.origin(), v.confirmed(), now));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
