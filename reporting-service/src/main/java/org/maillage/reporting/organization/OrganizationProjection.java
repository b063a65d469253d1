package org.maillage.reporting.organization;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.maillage.directory.api.OrganizationEventTypes;
import org.maillage.directory.api.OrganizationState;
import org.maillage.platform.inbox.InboundEvent;
import org.maillage.reporting.contract.ContractCells;
import org.maillage.reporting.projection.BulkMode;
import org.maillage.reporting.projection.ProjectionLock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps reporting's copy of each organization (kind, pilots, commitments, decision units) in step with
 * directory.organizations; runs in the inbox's transaction. When a pilot membership changes, the contracts
 * the organization is party to are counted again: a contract may have arrived before its organization.
 */
@Singleton
public class OrganizationProjection {

    private final TransactionOperations<Connection> tx;
    private final ObjectMapper json;
    private final ContractCells cells;
    private final BulkMode bulk;

    public OrganizationProjection(TransactionOperations<Connection> tx, ObjectMapper json, ContractCells cells, BulkMode bulk) {
        this.tx = tx;
        this.json = json;
        this.cells = cells;
        this.bulk = bulk;
    }

    public void apply(InboundEvent event) throws SQLException {
        // a type this service does not use is only recorded in the inbox
        if (OrganizationEventTypes.carriesState(event.type())) {
            Connection c = tx.getConnection();
            ProjectionLock.hold(c);
            OrganizationState o = event.decode(json, OrganizationState.class);
            if (upsert(c, o)) {
                units(c, o);
                if (membershipChanged(c, o) && !bulk.on()) {
                    for (UUID contract : contractsOf(c, o.organizationId())) {
                        cells.refresh(c, contract);
                    }
                }
            }
        }
    }

    /** The newer state wins, whatever order events arrive in; answers whether this one did. */
    private static boolean upsert(Connection c, OrganizationState o) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into organization (id, kind, name, status, categories, regions, pilots, legal_form, institution_type,
                    commitment_contracts, commitment_value, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (id) do update set kind = excluded.kind, name = excluded.name, status = excluded.status,
                    categories = excluded.categories, regions = excluded.regions, pilots = excluded.pilots,
                    legal_form = excluded.legal_form, institution_type = excluded.institution_type,
                    commitment_contracts = excluded.commitment_contracts, commitment_value = excluded.commitment_value,
                    updated_at = excluded.updated_at
                where organization.updated_at <= excluded.updated_at""")) {
            ps.setObject(1, o.organizationId());
            ps.setString(2, o.kind());
            ps.setString(3, o.name());
            ps.setString(4, o.status());
            ps.setArray(5, c.createArrayOf("text", o.categories().toArray()));
            ps.setArray(6, c.createArrayOf("text", o.regions().toArray()));
            ps.setArray(7, c.createArrayOf("text", o.pilots().stream().map(Object::toString).toArray()));
            ps.setString(8, o.legalForm());
            ps.setString(9, o.institutionType());
            ps.setObject(10, o.commitmentContracts());
            ps.setBigDecimal(11, o.commitmentValue());
            ps.setTimestamp(12, Timestamp.from(o.occurredAt()));
            return ps.executeUpdate() == 1;
        }
    }

    private static void units(Connection c, OrganizationState o) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("delete from decision_unit where organization_id = ?");
             PreparedStatement ins = c.prepareStatement("insert into decision_unit (organization_id, id, name) values (?, ?, ?)")) {
            del.setObject(1, o.organizationId());
            del.executeUpdate();
            for (OrganizationState.DecisionUnit u : o.decisionUnits()) {
                ins.setObject(1, o.organizationId());
                ins.setObject(2, u.id());
                ins.setString(3, u.name());
                ins.addBatch();
            }
            ins.executeBatch();
        }
    }

    /** Replaces the organization's pilot memberships; answers whether they (or its kind) changed. */
    private static boolean membershipChanged(Connection c, OrganizationState o) throws SQLException {
        Set<String> before = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("select pilot_id || ':' || kind from pilot_member where organization_id = ?")) {
            ps.setObject(1, o.organizationId());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    before.add(rs.getString(1));
                }
            }
        }
        Set<String> after = new HashSet<>();
        o.pilots().forEach(p -> after.add(p + ":" + o.kind()));
        if (before.equals(after)) {
            return false;
        }
        try (PreparedStatement del = c.prepareStatement("delete from pilot_member where organization_id = ?");
             PreparedStatement ins = c.prepareStatement("insert into pilot_member (pilot_id, organization_id, kind) values (?, ?, ?)")) {
            del.setObject(1, o.organizationId());
            del.executeUpdate();
            for (UUID pilot : new HashSet<>(o.pilots())) {
                ins.setObject(1, pilot);
                ins.setObject(2, o.organizationId());
                ins.setString(3, o.kind());
                ins.addBatch();
            }
            ins.executeBatch();
        }
        return true;
    }

    private static List<UUID> contractsOf(Connection c, UUID organization) throws SQLException {
        List<UUID> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select id from contract where buyer_id = ? or supplier_ids @> array[?]::uuid[]")) {
            ps.setObject(1, organization);
            ps.setObject(2, organization);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getObject(1, UUID.class));
                }
            }
        }
        return out;
    }
}
