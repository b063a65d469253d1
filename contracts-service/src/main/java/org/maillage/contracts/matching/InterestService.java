package org.maillage.contracts.matching;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.maillage.contracts.api.ContractsTopics;
import org.maillage.contracts.api.OpportunityEventTypes;
import org.maillage.contracts.api.OpportunityInterest;
import org.maillage.contracts.opportunity.OpportunityStore;
import org.maillage.contracts.opportunity.OpportunityView;
import org.maillage.platform.demo.DemoTime;
import org.maillage.platform.outbox.Outbox;
import org.maillage.platform.problem.ProblemException;
import org.maillage.platform.security.Caller;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What a matched enterprise sees and says: its open opportunities, which it viewed, its interest. */
@Singleton
public class InterestService {

    private final TransactionOperations<Connection> tx;
    private final OpportunityStore opportunities;
    private final Outbox outbox;

    public InterestService(TransactionOperations<Connection> tx, OpportunityStore opportunities, Outbox outbox) {
        this.tx = tx;
        this.opportunities = opportunities;
        this.outbox = outbox;
    }

    /** Open opportunities matched to the caller's enterprise, nearest deadline first. */
    public List<OpportunityView> matched(Caller caller) {
        return opportunities.openMatchedTo(caller.organizationId(), 200).stream().map(o -> o.visibleTo(caller.organizationId())).toList();
    }

    /** The caller's enterprise's standing with each opportunity still open for responses, the latest matched first. */
    public List<MyInterest> mine(Caller caller) {
        if (caller.organizationId() == null) {
            return List.of();
        }
        return tx.executeRead(status -> {
            List<MyInterest> out = new ArrayList<>();
            try (PreparedStatement ps = status.getConnection().prepareStatement("""
                    select n.opportunity_id, n.notified_at, n.viewed_at, n.interested, n.reason, n.reason_text, n.answered_at
                    from notification n join opportunity o on o.id = n.opportunity_id
                    where n.enterprise_id = ? and o.status = 'PUBLISHED' order by n.notified_at desc, n.opportunity_id limit 200""")) {
                ps.setObject(1, caller.organizationId());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Timestamp viewed = rs.getTimestamp(3);
                        Timestamp answered = rs.getTimestamp(7);
                        out.add(new MyInterest(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(),
                                viewed == null ? null : viewed.toInstant(), rs.getObject(4, Boolean.class), rs.getString(5), rs.getString(6),
                                answered == null ? null : answered.toInstant()));
                    }
                }
            }
            return out;
        });
    }

    /** The first time a matched enterprise opens it. */
    public void viewed(Caller caller, UUID opportunity) {
        if (caller.organizationId() == null) {
            return;
        }
        tx.executeWrite(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement(
                    "update notification set viewed_at = now() where opportunity_id = ? and enterprise_id = ? and viewed_at is null")) {
                ps.setObject(1, opportunity);
                ps.setObject(2, caller.organizationId());
                return ps.executeUpdate();
            }
        });
    }

    /** Only while responses are open; an enterprise that was not matched may still say it is interested. */
    public void answer(Caller caller, UUID opportunity, InterestForm f) {
        OpportunityView o = opportunities.find(opportunity).filter(x -> x.publishedAt() != null)
                .orElseThrow(() -> ProblemException.notFound("Opportunity", opportunity));
        Instant now = DemoTime.now();
        if (!o.openAt(now)) {
            throw ProblemException.conflict("status", "responses are closed for this opportunity (" + o.status() + ")", Map.of());
        }
        if (!f.interested() && f.reason() == null) {
            throw ProblemException.invalid("reason", "say why not: TOO_LARGE, NOT_OUR_FIELD, TIMING, CAPACITY or OTHER");
        }
        tx.executeWrite(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement("""
                    insert into notification (opportunity_id, enterprise_id, notified_at, viewed_at, interested, reason, reason_text, answered_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (opportunity_id, enterprise_id) do update set interested = excluded.interested,
                        reason = excluded.reason, reason_text = excluded.reason_text, answered_at = excluded.answered_at,
                        viewed_at = coalesce(notification.viewed_at, excluded.viewed_at)""")) {
                ps.setObject(1, opportunity);
                ps.setObject(2, caller.organizationId());
                ps.setTimestamp(3, Timestamp.from(now));
                ps.setTimestamp(4, Timestamp.from(now));
                ps.setBoolean(5, f.interested());
                ps.setString(6, f.interested() ? null : f.reason());
                ps.setString(7, f.interested() ? null : f.reasonText());
                ps.setTimestamp(8, Timestamp.from(now));
                ps.executeUpdate();
            }
            outbox.append(ContractsTopics.OPPORTUNITIES, opportunity.toString(), OpportunityEventTypes.INTEREST_V1,
                    new OpportunityInterest(opportunity, caller.organizationId(), f.interested(), f.interested() ? null : f.reason(), now));
            return null;
        });
    }
}
