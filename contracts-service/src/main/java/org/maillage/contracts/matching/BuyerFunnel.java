package org.maillage.contracts.matching;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.maillage.contracts.opportunity.OpportunityStore;
import org.maillage.contracts.opportunity.OpportunityView;
import org.maillage.platform.problem.ProblemException;
import org.maillage.platform.security.Caller;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Who was matched to an opportunity and what each did with it, for its buyer only (the reasons' text is theirs alone). */
@Singleton
public class BuyerFunnel {

    private final TransactionOperations<Connection> tx;
    private final OpportunityStore opportunities;
    private final Matching matching;

    public BuyerFunnel(TransactionOperations<Connection> tx, OpportunityStore opportunities, Matching matching) {
        this.tx = tx;
        this.opportunities = opportunities;
        this.matching = matching;
    }

    public MatchView of(Caller caller, UUID id) {
        OpportunityView o = opportunities.find(id).orElseThrow(() -> ProblemException.notFound("Opportunity", id));
        if (!o.buyerId().equals(caller.organizationId())) {
            if (o.publishedAt() == null) {
                throw ProblemException.notFound("Opportunity", id);
            }
            throw ProblemException.forbidden("Only the buying organization sees who was matched to its opportunity.");
        }
        int fitting = matching.fitting(o.buyerId(), o.categories(), o.regions());
        List<MatchView.Enterprise> rows = tx.executeRead(status -> {
            List<MatchView.Enterprise> out = new ArrayList<>();
            try (PreparedStatement ps = status.getConnection().prepareStatement("""
                    select enterprise_id, notified_at, viewed_at, interested, reason, reason_text, answered_at
                    from notification where opportunity_id = ? order by notified_at, enterprise_id""")) {
                ps.setObject(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new MatchView.Enterprise(rs.getObject(1, UUID.class), instant(rs.getTimestamp(2)), instant(rs.getTimestamp(3)),
                                (Boolean) rs.getObject(4), rs.getString(5), rs.getString(6), instant(rs.getTimestamp(7))));
                    }
                }
            }
            return out;
        });
        return new MatchView(fitting, rows);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
