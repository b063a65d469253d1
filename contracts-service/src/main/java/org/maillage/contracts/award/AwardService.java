package org.maillage.contracts.award;

import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.maillage.contracts.api.ContractEventTypes;
import org.maillage.contracts.api.ContractState;
import org.maillage.contracts.api.ContractsTopics;
import org.maillage.contracts.api.OpportunityEventTypes;
import org.maillage.contracts.opportunity.OpportunityService;
import org.maillage.platform.demo.DemoTime;
import org.maillage.platform.outbox.Outbox;
import org.maillage.platform.problem.ProblemException;
import org.maillage.platform.security.Caller;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * After the deadline the buyer rejects responses, declares the opportunity unsuccessful, or awards one
 * response, which makes the contract. Two awards racing: the opportunity's version decides, the
 * second gets 409 and nothing of it is written.
 */
@Singleton
public class AwardService {

    private record Decision(UUID buyer, UUID unit, String title, List<String> categories, String status, Instant deadline, long version) {
    }

    private final TransactionOperations<Connection> tx;
    private final OpportunityService opportunities;
    private final Outbox outbox;

    public AwardService(TransactionOperations<Connection> tx, OpportunityService opportunities, Outbox outbox) {
        this.tx = tx;
        this.opportunities = opportunities;
        this.outbox = outbox;
    }

    public ContractView award(Caller caller, UUID opportunity, UUID responseId, LocalDate startsOn, LocalDate endsOn) throws SQLException {
        opportunities.closeIfDue(opportunity, now());
        return tx.executeWrite(status -> {
            Connection c = status.getConnection();
            Decision d = decidable(c, caller, opportunity);
            UUID supplier;
            BigDecimal price;
            List<UUID> suppliers = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "select status, enterprise_id, price_cad, confirmed_partners from response where id = ? and opportunity_id = ?")) {
                ps.setObject(1, responseId);
                ps.setObject(2, opportunity);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw ProblemException.notFound("Response", responseId);
                    }
                    if (!"SUBMITTED".equals(rs.getString(1)) && !"SHORTLISTED".equals(rs.getString(1))) {
                        throw ProblemException.conflict("responseId", "this response is " + rs.getString(1) + " and cannot be awarded", Map.of());
                    }
                    supplier = rs.getObject(2, UUID.class);
                    price = rs.getBigDecimal(3);
                    suppliers.add(supplier);
                    // only the partners that confirmed their part before the deadline become suppliers
                    Arrays.stream((Object[]) rs.getArray(4).getArray()).map(String::valueOf).map(UUID::fromString).forEach(suppliers::add);
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "update opportunity set status = 'AWARDED', version = version + 1 where id = ? and version = ? and status = 'CLOSED'")) {
                ps.setObject(1, opportunity);
                ps.setLong(2, d.version());
                if (ps.executeUpdate() == 0) {
                    throw ProblemException.conflict("status", "the opportunity changed meanwhile (another award?); reload it", Map.of());
                }
            }
            try (PreparedStatement ps = c.prepareStatement("update response set status = 'AWARDED' where id = ?")) {
                ps.setObject(1, responseId);
                ps.executeUpdate();
            }
            ContractView contract = new ContractView(UUID.randomUUID(), opportunity, d.buyer(), suppliers, d.title(), price, startsOn, endsOn,
                    "PENDING", "AWARD", true, null, List.of());
            insert(c, contract, d);
            opportunities.announceState(opportunity, OpportunityEventTypes.AWARDED_V1);
            outbox.append(ContractsTopics.CONTRACTS, contract.id().toString(), ContractEventTypes.RECORDED_V1, new ContractState(
                    contract.id(), opportunity, d.buyer(), d.unit(), suppliers, d.title(), d.categories(), price, startsOn, endsOn,
                    contract.status(), contract.origin(), true, null, d.buyer(), d.buyer(), now()));
            return contract;
        });
    }

    public void reject(Caller caller, UUID opportunity, UUID responseId, String reason) throws SQLException {
        opportunities.closeIfDue(opportunity, now());
        tx.executeWrite(status -> {
            Connection c = status.getConnection();
            decidable(c, caller, opportunity);
            try (PreparedStatement ps = c.prepareStatement(
                    """
                    update response set status = 'REJECTED', reason = ?
                    where id = ? and opportunity_id = ? and status in ('SUBMITTED', 'SHORTLISTED')""")) {
                ps.setString(1, reason.strip());
                ps.setObject(2, responseId);
                ps.setObject(3, opportunity);
                if (ps.executeUpdate() == 0) {
                    throw ProblemException.conflict("responseId", "no submitted response " + responseId + " to reject", Map.of());
                }
            }
            return null;
        });
    }

    /** Keeps a response on the short list; awarding or rejecting it stays open. */
    public void shortlist(Caller caller, UUID opportunity, UUID responseId) throws SQLException {
        opportunities.closeIfDue(opportunity, now());
        tx.executeWrite(status -> {
            Connection c = status.getConnection();
            decidable(c, caller, opportunity);
            try (PreparedStatement ps = c.prepareStatement(
                    "update response set status = 'SHORTLISTED' where id = ? and opportunity_id = ? and status = 'SUBMITTED'")) {
                ps.setObject(1, responseId);
                ps.setObject(2, opportunity);
                if (ps.executeUpdate() == 0) {
                    throw ProblemException.conflict("responseId", "no submitted response " + responseId + " to shortlist", Map.of());
                }
            }
            return null;
        });
    }

    public void unsuccessful(Caller caller, UUID opportunity, String reason) throws SQLException {
        opportunities.closeIfDue(opportunity, now());
        tx.executeWrite(status -> {
            Connection c = status.getConnection();
            Decision d = decidable(c, caller, opportunity);
            try (PreparedStatement ps = c.prepareStatement("""
                    update opportunity set status = 'UNSUCCESSFUL', cancel_reason = ?, version = version + 1
                    where id = ? and version = ? and status = 'CLOSED'""")) {
                ps.setString(1, reason.strip());
                ps.setObject(2, opportunity);
                ps.setLong(3, d.version());
                if (ps.executeUpdate() == 0) {
                    throw ProblemException.conflict("status", "the opportunity changed meanwhile; reload it", Map.of());
                }
            }
            opportunities.announceState(opportunity, OpportunityEventTypes.UNSUCCESSFUL_V1);
            return null;
        });
    }

    /** The buyer's own opportunity, past its deadline, not yet decided. */
    private static Decision decidable(Connection c, Caller caller, UUID opportunity) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                select buyer_id, decision_unit_id, coalesce(title_fr, title_en), categories, status, deadline, version, published_at
                from opportunity where id = ?""")) {
            ps.setObject(1, opportunity);
            try (ResultSet rs = ps.executeQuery()) {
                // never published, never public: its existence is the buyer's alone
                if (!rs.next() || (rs.getTimestamp(8) == null && !rs.getObject(1, UUID.class).equals(caller.organizationId()))) {
                    throw ProblemException.notFound("Opportunity", opportunity);
                }
                Decision d = new Decision(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        Arrays.stream((Object[]) rs.getArray(4).getArray()).map(String::valueOf).toList(), rs.getString(5),
                        rs.getTimestamp(6).toInstant(), rs.getLong(7));
                if (!d.buyer().equals(caller.organizationId())) {
                    throw ProblemException.forbidden("Only the buying organization decides on its opportunity.");
                }
                if (now().isBefore(d.deadline())) {
                    throw ProblemException.conflict("deadline", "responses are sealed until the deadline; decide after it", Map.of());
                }
                if (!"CLOSED".equals(d.status())) {
                    throw ProblemException.conflict("status", "this opportunity is " + d.status() + "; it was already decided", Map.of());
                }
                return d;
            }
        }
    }

    private static void insert(Connection c, ContractView k, Decision d) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into contract (id, opportunity_id, buyer_id, decision_unit_id, supplier_ids, title, categories, value_cad,
                    starts_on, ends_on, status, origin, confirmed, created_at, recorded_by, confirmed_at, confirmed_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setObject(1, k.id());
            ps.setObject(2, k.opportunityId());
            ps.setObject(3, k.buyerId());
            ps.setObject(4, d.unit());
            ps.setArray(5, c.createArrayOf("text", k.supplierIds().stream().map(UUID::toString).toArray()));
            ps.setString(6, k.title());
            ps.setArray(7, c.createArrayOf("text", d.categories().toArray()));
            ps.setBigDecimal(8, k.valueCad());
            ps.setDate(9, k.startsOn() == null ? null : Date.valueOf(k.startsOn()));
            ps.setDate(10, k.endsOn() == null ? null : Date.valueOf(k.endsOn()));
            ps.setString(11, k.status());
            ps.setString(12, k.origin());
            ps.setBoolean(13, k.confirmed());
            ps.setTimestamp(14, Timestamp.from(now()));
            ps.setObject(15, k.buyerId());
            ps.setTimestamp(16, Timestamp.from(now()));
            ps.setObject(17, k.buyerId());
            ps.executeUpdate();
        }
    }

    private static Instant now() {
        return DemoTime.now().truncatedTo(ChronoUnit.MICROS);
    }
}
