package org.maillage.reporting.contract;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.maillage.contracts.api.ContractState;
import org.maillage.platform.inbox.InboundEvent;
import org.maillage.reporting.projection.BulkMode;
import org.maillage.reporting.projection.ProjectionLock;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.UUID;

/**
 * Keeps each contract's newest state from contracts.contracts, then its pilot shares and cells. A contract
 * is dated by its start, or else the day it was first recorded (Montréal time), so later changes never move it
 * to another month.
 */
@Singleton
public class ContractProjection {

    private static final ZoneId MONTREAL = ZoneId.of("America/Montreal");

    private final TransactionOperations<Connection> tx;
    private final ObjectMapper json;
    private final ContractCells cells;
    private final BulkMode bulk;

    public ContractProjection(TransactionOperations<Connection> tx, ObjectMapper json, ContractCells cells, BulkMode bulk) {
        this.tx = tx;
        this.json = json;
        this.cells = cells;
        this.bulk = bulk;
    }

    public void apply(InboundEvent event) throws SQLException {
        // every type on the topic carries the whole state; an unknown later type that does not is only recorded
        if (!event.type().startsWith("maillage.contracts.contract.")) {
            return;
        }
        Connection c = tx.getConnection();
        ProjectionLock.hold(c);
        ContractState k = event.decode(json, ContractState.class);
        Date recorded = Date.valueOf(k.occurredAt().atZone(MONTREAL).toLocalDate());
        try (PreparedStatement ps = c.prepareStatement("""
                insert into contract (id, opportunity_id, buyer_id, supplier_ids, title, categories, value_cad, final_value_cad, starts_on,
                    ends_on, status, origin, confirmed, month, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, date_trunc('month', coalesce(?::date, ?::date))::date, ?)
                on conflict (id) do update set supplier_ids = excluded.supplier_ids, title = excluded.title,
                    categories = excluded.categories, value_cad = excluded.value_cad, final_value_cad = excluded.final_value_cad,
                    starts_on = excluded.starts_on, ends_on = excluded.ends_on, status = excluded.status, confirmed = excluded.confirmed,
                    month = case when excluded.starts_on is not null then excluded.month
                                 when contract.starts_on is null then contract.month
                                 else excluded.month end,
                    updated_at = excluded.updated_at
                where contract.updated_at <= excluded.updated_at""")) {
            ps.setObject(1, k.contractId());
            ps.setObject(2, k.opportunityId());
            ps.setObject(3, k.buyerId());
            ps.setArray(4, c.createArrayOf("uuid", k.supplierIds().toArray(UUID[]::new)));
            ps.setString(5, k.title());
            ps.setArray(6, c.createArrayOf("text", k.categories().toArray()));
            ps.setBigDecimal(7, k.valueCad());
            ps.setBigDecimal(8, k.finalValueCad());
            ps.setDate(9, k.startsOn() == null ? null : Date.valueOf(k.startsOn()));
            ps.setDate(10, k.endsOn() == null ? null : Date.valueOf(k.endsOn()));
            ps.setString(11, k.status());
            ps.setString(12, k.origin());
            // a contract "confirmed" by anyone but the party whose word counts is still only declared
            ps.setBoolean(13, k.confirmedByTheRightParty());
            ps.setDate(14, k.startsOn() == null ? null : Date.valueOf(k.startsOn()));
            ps.setDate(15, recorded);
            ps.setTimestamp(16, Timestamp.from(k.occurredAt()));
            if (ps.executeUpdate() == 0) {
                return;
            }
        }
        if (!bulk.on()) {
            cells.refresh(c, k.contractId());
        }
    }
}
