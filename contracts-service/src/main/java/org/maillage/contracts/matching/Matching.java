package org.maillage.contracts.matching;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Finds the active enterprises an opportunity fits: one of its categories and one of its regions.
 * A segment code (XX000000) fits every family of that segment, and the other way round.
 * Runs in the publishing transaction, so the notifications exist exactly when the publication does.
 */
@Singleton
public class Matching {

    /** An active enterprise other than the buyer (?), in one of the regions (?) and one of the categories (?). */
    private static final String FITS = """
            k.kind = 'ENTERPRISE' and k.status = 'ACTIVE' and k.id <> ? and k.regions && ?
              and exists (select 1 from unnest(k.categories) kc, unnest(?::text[]) oc
                          where kc = oc
                             or (right(oc, 6) = '000000' and left(kc, 2) = left(oc, 2))
                             or (right(kc, 6) = '000000' and left(kc, 2) = left(oc, 2)))
            """;

    private final TransactionOperations<Connection> tx;

    public Matching(TransactionOperations<Connection> tx) {
        this.tx = tx;
    }

    /** @return how many enterprises were notified */
    public List<UUID> notify(UUID opportunity, UUID buyer, List<String> categories, List<String> regions, Instant now) throws Exception {
        Connection c = tx.getConnection();
        try (PreparedStatement ps = c.prepareStatement("""
                insert into notification (opportunity_id, enterprise_id, notified_at)
                select ?, k.id, ? from known_organization k
                where\s""" + FITS + """
                on conflict do nothing
                returning enterprise_id""")) {
            ps.setObject(1, opportunity);
            ps.setTimestamp(2, Timestamp.from(now));
            ps.setObject(3, buyer);
            ps.setArray(4, c.createArrayOf("text", regions.toArray()));
            ps.setArray(5, c.createArrayOf("text", categories.toArray()));
            List<UUID> matched = new java.util.ArrayList<>();
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    matched.add(rs.getObject(1, UUID.class));
                }
            }
            return matched;
        }
    }

    /** How many enterprises publishing would notify now: the same rule as {@link #notify}. */
    public int fitting(UUID buyer, List<String> categories, List<String> regions) {
        return tx.executeRead(status -> {
            Connection c = status.getConnection();
            try (PreparedStatement ps = c.prepareStatement("select count(*) from known_organization k where " + FITS)) {
                ps.setObject(1, buyer);
                ps.setArray(2, c.createArrayOf("text", regions.toArray()));
                ps.setArray(3, c.createArrayOf("text", categories.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    public int count(UUID opportunity) {
        return tx.executeRead(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement(
                    "select count(*) from notification where opportunity_id = ?")) {
                ps.setObject(1, opportunity);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }
}
