package org.maillage.reporting.opportunity;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.maillage.contracts.api.OpportunityEventTypes;
import org.maillage.contracts.api.OpportunityInterest;
import org.maillage.contracts.api.OpportunityMatches;
import org.maillage.contracts.api.OpportunityResponse;
import org.maillage.contracts.api.OpportunityState;
import org.maillage.platform.inbox.InboundEvent;
import org.maillage.reporting.projection.ProjectionLock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.UUID;

/** The funnel's read model from contracts.opportunities: published, matched, interested, responded, awarded. */
@Singleton
public class OpportunityProjection {

    private final TransactionOperations<Connection> tx;
    private final ObjectMapper json;

    public OpportunityProjection(TransactionOperations<Connection> tx, ObjectMapper json) {
        this.tx = tx;
        this.json = json;
    }

    public void apply(InboundEvent event) throws SQLException {
        Connection c = tx.getConnection();
        ProjectionLock.hold(c);
        if (OpportunityEventTypes.carriesState(event.type())) {
            state(c, event.decode(json, OpportunityState.class));
        } else if (OpportunityEventTypes.MATCHED_V1.equals(event.type())) {
            matches(c, event.decode(json, OpportunityMatches.class));
        } else if (OpportunityEventTypes.INTEREST_V1.equals(event.type())) {
            interest(c, event.decode(json, OpportunityInterest.class));
        } else if (OpportunityEventTypes.RESPONSE_V1.equals(event.type())) {
            response(c, event.decode(json, OpportunityResponse.class));
        }
    }

    private static void state(Connection c, OpportunityState o) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into opportunity (id, buyer_id, buyer_kind, decision_unit_id, title_fr, title_en, method, categories, regions,
                    social_clauses, estimated_value, deadline, status, cancel_reason, matched, published_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (id) do update set title_fr = excluded.title_fr, title_en = excluded.title_en, method = excluded.method,
                    categories = excluded.categories, regions = excluded.regions, social_clauses = excluded.social_clauses,
                    estimated_value = excluded.estimated_value, deadline = excluded.deadline, status = excluded.status,
                    cancel_reason = excluded.cancel_reason, matched = excluded.matched,
                    published_at = least(opportunity.published_at, excluded.published_at), updated_at = excluded.updated_at
                where opportunity.updated_at <= excluded.updated_at""")) {
            ps.setObject(1, o.opportunityId());
            ps.setObject(2, o.buyerId());
            ps.setString(3, o.buyerKind());
            ps.setObject(4, o.decisionUnitId());
            ps.setString(5, o.titleFr());
            ps.setString(6, o.titleEn());
            ps.setString(7, o.method());
            ps.setArray(8, c.createArrayOf("text", o.categories().toArray()));
            ps.setArray(9, c.createArrayOf("text", o.regions().toArray()));
            ps.setArray(10, c.createArrayOf("text", o.socialClauses().toArray()));
            ps.setBigDecimal(11, o.estimatedValue());
            ps.setTimestamp(12, Timestamp.from(o.deadline()));
            ps.setString(13, o.status());
            ps.setString(14, o.cancelReason());
            ps.setInt(15, o.matchedEnterprises());
            // the earliest state seen dates the publication (events of one opportunity share a partition, so it is the publication)
            ps.setTimestamp(16, Timestamp.from(o.occurredAt()));
            ps.setTimestamp(17, Timestamp.from(o.occurredAt()));
            ps.executeUpdate();
        }
    }

    private static void matches(Connection c, OpportunityMatches m) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into opportunity_match (opportunity_id, enterprise_id) values (?, ?) on conflict do nothing")) {
            for (UUID e : m.enterpriseIds()) {
                ps.setObject(1, m.opportunityId());
                ps.setObject(2, e);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void interest(Connection c, OpportunityInterest i) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into opportunity_interest (opportunity_id, enterprise_id, interested, reason, updated_at) values (?, ?, ?, ?, ?)
                on conflict (opportunity_id, enterprise_id) do update set interested = excluded.interested, reason = excluded.reason,
                    updated_at = excluded.updated_at
                where opportunity_interest.updated_at <= excluded.updated_at""")) {
            ps.setObject(1, i.opportunityId());
            ps.setObject(2, i.enterpriseId());
            ps.setBoolean(3, i.interested());
            ps.setString(4, i.reason());
            ps.setTimestamp(5, Timestamp.from(i.occurredAt()));
            ps.executeUpdate();
        }
    }

    private static void response(Connection c, OpportunityResponse r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into opportunity_response (opportunity_id, enterprise_id, status, updated_at) values (?, ?, ?, ?)
                on conflict (opportunity_id, enterprise_id) do update set status = excluded.status, updated_at = excluded.updated_at
                where opportunity_response.updated_at <= excluded.updated_at""")) {
            ps.setObject(1, r.opportunityId());
            ps.setObject(2, r.enterpriseId());
            ps.setString(3, r.status());
            ps.setTimestamp(4, Timestamp.from(r.occurredAt()));
            ps.executeUpdate();
        }
    }
}
