package org.maillage.contracts.organization;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.maillage.directory.api.OrganizationEventTypes;
import org.maillage.directory.api.OrganizationState;
import org.maillage.platform.inbox.InboundEvent;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;

/** Keeps known_organization in step with directory.organizations; runs in the inbox's transaction. */
@Singleton
public class OrganizationProjection {

    private final TransactionOperations<Connection> tx;
    private final ObjectMapper json;

    public OrganizationProjection(TransactionOperations<Connection> tx, ObjectMapper json) {
        this.tx = tx;
        this.json = json;
    }

    public void apply(InboundEvent event) throws SQLException {
        // a type this service does not use is only recorded in the inbox
        if (OrganizationEventTypes.carriesState(event.type())) {
            upsert(event.decode(json, OrganizationState.class));
        }
    }

    private void upsert(OrganizationState o) throws SQLException {
        Connection c = tx.getConnection();
        // the newer state wins, whatever order events arrive in
        try (PreparedStatement ps = c.prepareStatement("""
                insert into known_organization (id, kind, name, status, categories, regions, pilots, decision_units, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (id) do update set kind = excluded.kind, name = excluded.name, status = excluded.status,
                    categories = excluded.categories, regions = excluded.regions, pilots = excluded.pilots,
                    decision_units = excluded.decision_units, updated_at = excluded.updated_at
                where known_organization.updated_at <= excluded.updated_at""")) {
            ps.setObject(1, o.organizationId());
            ps.setString(2, o.kind());
            ps.setString(3, o.name());
            ps.setString(4, o.status());
            ps.setArray(5, c.createArrayOf("text", o.categories().toArray()));
            ps.setArray(6, c.createArrayOf("text", o.regions().toArray()));
            ps.setArray(7, c.createArrayOf("text", o.pilots().stream().map(Object::toString).toArray()));
            // a retired unit is no longer one that opportunities, contracts or contacts may name
            ps.setArray(8, c.createArrayOf("text", o.decisionUnits().stream().filter(u -> !u.retired()).map(u -> u.id().toString()).toArray()));
            ps.setTimestamp(9, Timestamp.from(o.occurredAt()));
            ps.executeUpdate();
        }
    }
}
