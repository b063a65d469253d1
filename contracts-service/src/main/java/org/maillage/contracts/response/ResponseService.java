package org.maillage.contracts.response;

import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.maillage.contracts.api.ContractsTopics;
import org.maillage.contracts.api.OpportunityEventTypes;
import org.maillage.contracts.api.OpportunityResponse;
import org.maillage.contracts.api.ResponsePartners;
import org.maillage.contracts.organization.KnownOrganizations;
import org.maillage.contracts.opportunity.OpportunityStore;
import org.maillage.contracts.opportunity.OpportunityView;
import org.maillage.platform.demo.DemoTime;
import org.maillage.platform.outbox.Outbox;
import org.maillage.platform.problem.ProblemException;
import org.maillage.platform.security.Caller;

import java.sql.Array;
import java.sql.Connection;
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
 * Sealed responses. Until the deadline an enterprise submits, replaces or withdraws its own response and
 * nobody else reads it, the buyer included, who sees only how many there are. The deadline itself is the
 * rule, not the closing scheduler, so a response a second late is refused even before the close runs.
 */
@Singleton
public class ResponseService {

    private static final String COLUMNS = "id, opportunity_id, enterprise_id, price_cad, proposal, documents, partners, status, submitted_at, updated_at,"
            + " confirmed_partners, reason";

    private final TransactionOperations<Connection> tx;
    private final OpportunityStore opportunities;
    private final KnownOrganizations organizations;
    private final Outbox outbox;

    public ResponseService(TransactionOperations<Connection> tx, OpportunityStore opportunities, KnownOrganizations organizations,
                           Outbox outbox) {
        this.tx = tx;
        this.opportunities = opportunities;
        this.organizations = organizations;
        this.outbox = outbox;
    }

    public ResponseView submit(Caller caller, UUID opportunity, ResponseForm f) {
        OpportunityView o = open(caller, opportunity);
        KnownOrganizations.Known me = organizations.find(caller.organizationId())
                .orElseThrow(() -> ProblemException.notFound("Organization", caller.organizationId()));
        if (!me.active()) {
            throw ProblemException.conflict("enterprise", "your enterprise is " + me.status() + " and cannot respond", Map.of());
        }
        if (o.buyerId().equals(caller.organizationId())) {
            throw ProblemException.conflict("enterprise", "a buyer does not respond to its own opportunity", Map.of());
        }
        List<UUID> partners = f.partners() == null ? List.of() : f.partners();
        for (int i = 0; i < partners.size(); i++) {
            checkPartner("partners[" + i + "]", partners.get(i), caller.organizationId(), o.buyerId());
            if (partners.indexOf(partners.get(i)) != i) {
                throw ProblemException.invalid("partners[" + i + "]", "this partner is named twice");
            }
        }
        Instant now = now();
        return tx.executeWrite(status -> {
            Connection c = status.getConnection();
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into response (id, opportunity_id, enterprise_id, price_cad, proposal, documents, partners, status, submitted_at, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, 'SUBMITTED', ?, ?)
                    on conflict (opportunity_id, enterprise_id) do update set price_cad = excluded.price_cad,
                        proposal = excluded.proposal, documents = excluded.documents, partners = excluded.partners,
                        confirmed_partners = array(select unnest(response.confirmed_partners) intersect select unnest(excluded.partners)),
                        status = 'SUBMITTED', updated_at = excluded.updated_at, version = response.version + 1""")) {
                ps.setObject(1, UUID.randomUUID());
                ps.setObject(2, opportunity);
                ps.setObject(3, caller.organizationId());
                ps.setBigDecimal(4, f.priceCad());
                ps.setString(5, f.proposal());
                ps.setArray(6, texts(c, f.documents()));
                ps.setArray(7, texts(c, f.partners() == null ? null : f.partners().stream().map(UUID::toString).toList()));
                ps.setTimestamp(8, Timestamp.from(now));
                ps.setTimestamp(9, Timestamp.from(now));
                ps.executeUpdate();
            }
            announce(opportunity, caller.organizationId(), "SUBMITTED", now);
            ResponseView saved = mine(c, opportunity, caller.organizationId()).orElseThrow();
            if (!partners.isEmpty()) {
                // each partner is told it was named (notification-service tells it once per opportunity and lead)
                outbox.append(ContractsTopics.OPPORTUNITIES, opportunity.toString(), OpportunityEventTypes.PARTNERS_NAMED_V1,
                        new ResponsePartners(opportunity, saved.id(), caller.organizationId(), partners, now));
            }
            return saved;
        });
    }

    /**
     * A partner named in a joint response confirms its part, before the deadline; until it does, it is not
     * counted (not a supplier of the contract if the response wins).
     */
    public Partnership confirmPartnership(Caller caller, UUID opportunity, UUID response) {
        open(caller, opportunity);
        return tx.executeWrite(status -> {
            Connection c = status.getConnection();
            try (PreparedStatement ps = c.prepareStatement("""
                    update response set confirmed_partners = case when confirmed_partners @> array[?::text] then confirmed_partners
                                                                  else array_append(confirmed_partners, ?::text) end, version = version + 1
                    where id = ? and opportunity_id = ? and status = 'SUBMITTED' and partners @> array[?::text]""")) {
                String me = caller.organizationId().toString();
                ps.setString(1, me);
                ps.setString(2, me);
                ps.setObject(3, response);
                ps.setObject(4, opportunity);
                ps.setString(5, me);
                if (ps.executeUpdate() == 0) {
                    throw ProblemException.notFound("Response naming your enterprise as a partner", response);
                }
            }
            return partnerships(c, opportunity, caller.organizationId()).stream().filter(p -> p.responseId().equals(response))
                    .findFirst().orElseThrow();
        });
    }

    /** The responses to this opportunity that name the caller's enterprise as a partner: who leads, and whether it confirmed. */
    public List<Partnership> partnerships(Caller caller, UUID opportunity) {
        if (caller.organizationId() == null) {
            return List.of();
        }
        opportunities.find(opportunity).filter(x -> x.publishedAt() != null)
                .orElseThrow(() -> ProblemException.notFound("Opportunity", opportunity));
        return tx.executeRead(status -> partnerships(status.getConnection(), opportunity, caller.organizationId()));
    }

    private static List<Partnership> partnerships(Connection c, UUID opportunity, UUID partner) throws SQLException {
        List<Partnership> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select id, enterprise_id, confirmed_partners @> array[?::text] from response
                where opportunity_id = ? and status <> 'WITHDRAWN' and partners @> array[?::text] order by submitted_at, id""")) {
            ps.setString(1, partner.toString());
            ps.setObject(2, opportunity);
            ps.setString(3, partner.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Partnership(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getBoolean(3)));
                }
            }
        }
        return out;
    }

    /** A partner is an active enterprise other than the one responding and the buyer. */
    private void checkPartner(String field, UUID partner, UUID me, UUID buyer) {
        if (partner.equals(me) || partner.equals(buyer)) {
            throw ProblemException.invalid(field, "a partner is another enterprise than the one responding and the buyer");
        }
        KnownOrganizations.Known k = organizations.find(partner).orElseThrow(() -> ProblemException.invalid(field, "no organization " + partner));
        if (!"ENTERPRISE".equals(k.kind()) || !k.active()) {
            throw ProblemException.invalid(field, "a partner is an active enterprise");
        }
    }

    public void withdraw(Caller caller, UUID opportunity) {
        open(caller, opportunity);
        Instant now = now();
        tx.executeWrite(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement("""
                    update response set status = 'WITHDRAWN', updated_at = ?, version = version + 1
                    where opportunity_id = ? and enterprise_id = ? and status = 'SUBMITTED'""")) {
                ps.setTimestamp(1, Timestamp.from(now));
                ps.setObject(2, opportunity);
                ps.setObject(3, caller.organizationId());
                if (ps.executeUpdate() == 0) {
                    throw ProblemException.notFound("Response of your enterprise to opportunity", opportunity);
                }
            }
            announce(opportunity, caller.organizationId(), "WITHDRAWN", now);
            return null;
        });
    }

    public ResponseView mine(Caller caller, UUID opportunity) {
        return tx.executeRead(status -> mine(status.getConnection(), opportunity, caller.organizationId()))
                .orElseThrow(() -> ProblemException.notFound("Response of your enterprise to opportunity", opportunity));
    }

    /** Every response of the caller's enterprise, withdrawn ones included, the latest change first. */
    public List<ResponseView> allMine(Caller caller, int limit) {
        if (caller.organizationId() == null) {
            return List.of();
        }
        return tx.executeRead(status -> {
            List<ResponseView> out = new ArrayList<>();
            try (PreparedStatement ps = status.getConnection().prepareStatement(
                    "select " + COLUMNS + " from response where enterprise_id = ? order by updated_at desc, id limit ?")) {
                ps.setObject(1, caller.organizationId());
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(read(rs));
                    }
                }
            }
            return out;
        });
    }

    /** The joint responses naming the caller's enterprise as a partner, on opportunities still open, nearest deadline first. */
    public List<OpenPartnership> openPartnerships(Caller caller, int limit) {
        if (caller.organizationId() == null) {
            return List.of();
        }
        return tx.executeRead(status -> {
            List<OpenPartnership> out = new ArrayList<>();
            try (PreparedStatement ps = status.getConnection().prepareStatement("""
                    select r.opportunity_id, r.id, r.enterprise_id, r.confirmed_partners @> array[?::text]
                    from response r join opportunity o on o.id = r.opportunity_id
                    where r.partners @> array[?::text] and r.status = 'SUBMITTED' and o.status = 'PUBLISHED' and o.deadline > ?
                    order by o.deadline, r.id limit ?""")) {
                String me = caller.organizationId().toString();
                ps.setString(1, me);
                ps.setString(2, me);
                ps.setTimestamp(3, Timestamp.from(now()));
                ps.setInt(4, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new OpenPartnership(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                                rs.getBoolean(4)));
                    }
                }
            }
            return out;
        });
    }

    /** The buyer's view: a count while sealed, everything once the deadline has passed. */
    public ResponsesSeen forBuyer(Caller caller, UUID opportunity) {
        OpportunityView o = opportunities.find(opportunity).filter(x -> x.buyerId().equals(caller.organizationId()))
                .orElseThrow(() -> ProblemException.forbidden("Only the buying organization sees the responses to its opportunity."));
        boolean sealed = now().isBefore(o.deadline());
        List<ResponseView> all = tx.executeRead(status -> {
            List<ResponseView> out = new ArrayList<>();
            try (PreparedStatement ps = status.getConnection().prepareStatement(
                    "select " + COLUMNS + " from response where opportunity_id = ? and status <> 'WITHDRAWN' order by submitted_at, id")) {
                ps.setObject(1, opportunity);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(read(rs));
                    }
                }
            }
            return out;
        });
        return new ResponsesSeen(all.size(), sealed, sealed ? List.of() : all);
    }

    private OpportunityView open(Caller caller, UUID opportunity) {
        if (caller.organizationId() == null) {
            throw ProblemException.invalid("enterprise", "your account belongs to no enterprise");
        }
        OpportunityView o = opportunities.find(opportunity).filter(x -> x.publishedAt() != null)
                .orElseThrow(() -> ProblemException.notFound("Opportunity", opportunity));
        if (!o.openAt(now())) {
            throw ProblemException.conflict("deadline", "the deadline has passed (" + o.deadlineMontreal()
                    + "); responses can no longer change / la date limite est passée", Map.of());
        }
        return o;
    }

    private void announce(UUID opportunity, UUID enterprise, String status, Instant now) {
        outbox.append(ContractsTopics.OPPORTUNITIES, opportunity.toString(), OpportunityEventTypes.RESPONSE_V1,
                new OpportunityResponse(opportunity, enterprise, status, now));
    }

    private static Optional<ResponseView> mine(Connection c, UUID opportunity, UUID enterprise) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from response where opportunity_id = ? and enterprise_id = ?")) {
            ps.setObject(1, opportunity);
            ps.setObject(2, enterprise);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    private static ResponseView read(ResultSet rs) throws SQLException {
        return new ResponseView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getBigDecimal(4),
                rs.getString(5), list(rs.getArray(6)), list(rs.getArray(7)).stream().map(UUID::fromString).toList(),
                list(rs.getArray(11)).stream().map(UUID::fromString).toList(), rs.getString(8),
                rs.getTimestamp(9).toInstant(), rs.getTimestamp(10).toInstant(), rs.getString(12));
    }

    private static Array texts(Connection c, List<String> values) throws SQLException {
        return c.createArrayOf("text", values == null ? new Object[0] : values.toArray());
    }

    private static List<String> list(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }

    private static Instant now() {
        return DemoTime.now().truncatedTo(ChronoUnit.MICROS);
    }
}
