package org.maillage.contracts.opportunity;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.maillage.platform.problem.ProblemException;
import org.postgresql.PGStatement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The public list of opportunities: everything ever published (never a draft), open ones by nearest deadline,
 * then the others newest deadline first, filtered by words and keys (migration V13). Paged by keyset on the
 * row's list key and id: a page never repeats nor skips a row because others were published meanwhile.
 */
@Singleton
public class OpportunitySearch {

    /** List keys below this are open opportunities' deadlines in milliseconds; the others' are above (migration V13). */
    private static final long OPEN_BELOW = 2_000_000_000_000_000L;
    private static final String TEXT_QUERY = "(websearch_to_tsquery('fr_unaccent', ?) || websearch_to_tsquery('en_unaccent', ?))";

    private final TransactionOperations<Connection> tx;

    public OpportunitySearch(TransactionOperations<Connection> tx) {
        this.tx = tx;
    }

    public OpportunityPage search(OpportunityQuery q) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder("o.published_at is not null");
        List<String> keys = new ArrayList<>();
        if (q.status() != null) {
            keys.add("s:" + q.status());
            // the key range as well: the planner can then walk the order's own index
            where.append("PUBLISHED".equals(q.status()) ? " and o.list_key < ?" : " and o.list_key >= ?");
            params.add(OPEN_BELOW);
        }
        if (q.closingWithin() != null) {
            if (q.status() != null && !"PUBLISHED".equals(q.status())) {
                throw ProblemException.invalid("closingWithin", "only open opportunities have a deadline to come: leave out status "
                        + "or set it to PUBLISHED / seuls les appels ouverts ont une date limite à venir");
            }
            Instant now = Instant.now();
            keys.add("s:PUBLISHED");
            // an open opportunity's list key is its deadline in milliseconds: the window is one range of the index
            where.append(" and o.list_key > ? and o.list_key <= ?");
            params.add(now.toEpochMilli());
            params.add(now.plus(Duration.ofDays(q.closingWithin())).toEpochMilli());
        }
        if (q.buyer() != null) {
            keys.add("b:" + q.buyer());
        }
        if (q.category() != null) {
            keys.add("c:" + q.category());
        }
        if (q.region() != null) {
            keys.add("r:" + q.region());
        }
        if (q.hasText()) {
            where.append(" and o.search_document @@ ").append(TEXT_QUERY);
            params.add(q.q());
            params.add(q.q());
        }
        if (q.cursor() != null) {
            ListCursor after = ListCursor.decode(q.cursor());
            where.append(" and (o.list_key, o.id) > (?, ?)");
            params.add(after.key());
            params.add(after.id());
        }
        int size = q.pageSize();
        return tx.executeRead(status -> {
            Connection c = status.getConnection();
            if (!keys.isEmpty()) {
                where.append(" and o.search_keys @> ?");
                params.add(c.createArrayOf("text", keys.stream().distinct().toArray()));
            }
            params.add(size + 1);
            // the page's ids first, from the indexes alone where they can; the wide rows only for those ids
            String sql = "select " + OpportunityStore.COLUMNS + ", p.k from (select o.id, o.list_key as k from opportunity o where "
                    + where + " order by o.list_key, o.id limit ?) p join opportunity using (id) order by p.k, id";
            List<OpportunityView> rows = new ArrayList<>();
            List<ListCursor> positions = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                // planned afresh each time: a generic plan cannot see how many rows the words or keys match
                ps.unwrap(PGStatement.class).setPrepareThreshold(0);
                for (int i = 0; i < params.size(); i++) {
                    ps.setObject(i + 1, params.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        OpportunityView o = OpportunityStore.read(rs, List.of());
                        rows.add(o);
                        positions.add(new ListCursor(rs.getLong(27), o.id()));
                    }
                }
            }
            String next = rows.size() > size ? positions.get(size - 1).encode() : null;
            List<OpportunityView> page = rows.subList(0, Math.min(size, rows.size()));
            Map<java.util.UUID, List<OpportunityView.AmendmentView>> amendments =
                    OpportunityStore.amendments(c, page.stream().map(OpportunityView::id).toList());
            return new OpportunityPage(page.stream()
                    .map(o -> amendments.containsKey(o.id()) ? o.withAmendments(amendments.get(o.id())) : o)
                    .map(o -> o.visibleTo(null)).toList(), next);
        });
    }
}
