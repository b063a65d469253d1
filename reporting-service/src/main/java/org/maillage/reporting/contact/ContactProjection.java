package org.maillage.reporting.contact;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.maillage.contracts.api.ContactEventTypes;
import org.maillage.contracts.api.ContactState;
import org.maillage.platform.inbox.InboundEvent;
import org.maillage.reporting.projection.BulkMode;
import org.maillage.reporting.projection.ProjectionLock;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;

/** Keeps reporting's contact log (no summaries, no people) in step with contracts.contacts; runs in the inbox's transaction. */
@Singleton
public class ContactProjection {

    private final TransactionOperations<Connection> tx;
    private final ObjectMapper json;
    private final ContactCells cells;
    private final BulkMode bulk;

    public ContactProjection(TransactionOperations<Connection> tx, ObjectMapper json, ContactCells cells, BulkMode bulk) {
        this.tx = tx;
        this.json = json;
        this.cells = cells;
        this.bulk = bulk;
    }

    public void apply(InboundEvent event) throws SQLException {
        if (!ContactEventTypes.LOGGED_V1.equals(event.type()) && !ContactEventTypes.UPDATED_V1.equals(event.type())) {
            return;
        }
        Connection c = tx.getConnection();
        ProjectionLock.hold(c);
        ContactState k = event.decode(json, ContactState.class);
        try (PreparedStatement ps = c.prepareStatement("""
                insert into contact (id, pilot_id, enterprise_id, counterpart_id, counterpart_kind, decision_unit_id, occurred_on, month,
                    channel, introduced_by, introduced, created_at, updated_at, low_id, high_id)
                values (?, ?, ?, ?, ?, ?, ?, date_trunc('month', ?::date)::date, ?, ?, ?, ?, ?, least(?::uuid, ?::uuid), greatest(?::uuid, ?::uuid))
                on conflict (id) do update set pilot_id = excluded.pilot_id, decision_unit_id = excluded.decision_unit_id,
                    channel = excluded.channel, updated_at = excluded.updated_at
                where contact.updated_at <= excluded.updated_at""")) {
            ps.setObject(1, k.contactId());
            ps.setObject(2, k.pilotId());
            ps.setObject(3, k.enterpriseId());
            ps.setObject(4, k.counterpartId());
            ps.setString(5, k.counterpartKind());
            ps.setObject(6, k.decisionUnitId());
            ps.setDate(7, Date.valueOf(k.occurredOn()));
            ps.setDate(8, Date.valueOf(k.occurredOn()));
            ps.setString(9, k.channel());
            ps.setObject(10, k.introducedByContactId());
            ps.setBoolean(11, k.introduced());
            ps.setTimestamp(12, Timestamp.from(k.createdAt()));
            ps.setTimestamp(13, Timestamp.from(k.occurredAt()));
            ps.setObject(14, k.enterpriseId());
            ps.setObject(15, k.counterpartId());
            ps.setObject(16, k.enterpriseId());
            ps.setObject(17, k.counterpartId());
            if (ps.executeUpdate() == 0) {
                return;
            }
        }
        if (!bulk.on()) {
            cells.refreshAround(c, k.contactId());
        }
    }
}
