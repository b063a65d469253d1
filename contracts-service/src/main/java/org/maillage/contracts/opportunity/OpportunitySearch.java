package org.maillage.contracts.opportunity;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.maillage.platform.api.Listing;
import org.maillage.platform.problem.ProblemException;
import org.postgresql.PGStatement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The public list of opportunities: everything ever published (never a draft), open ones by nearest deadline,
 * then the others newest deadline first, filtered by words and keys (migration V13). Paged by keyset on the
 * row's list key and id: a page never repeats nor skips a row because others were published meanwhile.
 * <p>
 * The positions are found by hand-written SQL on a statement of its own (issue 20): the filters make the query's shape
 * (which conditions, which of two plans), and each statement is planned afresh ({@code prepareThreshold 0}) because a
 * generic plan cannot see how many rows the keys match. The rows themselves are then read through the repository.
 */
@Singleton
public class OpportunitySearch {

    /** List keys below this are open opportunities' deadlines in milliseconds; the others' are above (migration V13). */
    private static final long OPEN_BELOW = 2_000_000_000_000_000L;
    /** How many rows, in list order, a search with words checks before asking the words' own index. */
    private static final int WALK = 1_000;
    private static final String TEXT_QUERY = "(websearch_to_tsquery('fr_unaccent', ?) || websearch_to_tsquery('en_unaccent', ?))";

    private final TransactionOperations<Connection> tx;
    private final OpportunityRepository opportunities;
    private final OpportunityStore store;

    public OpportunitySearch(TransactionOperations<Connection> tx, OpportunityRepository opportunities, OpportunityStore store) {
        this.tx = tx;
        this.opportunities = opportunities;
        this.store = store;
    }

    public Listing<OpportunityView> search(OpportunityQuery q) {
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
        ListCursor after = q.cursor() == null ? null : ListCursor.decode(q.cursor());
        int size = q.pageSize();
        return tx.executeRead(status -> {
            Connection c = status.getConnection();
            if (!keys.isEmpty()) {
                where.append(" and o.search_keys @> ?");
                params.add(c.createArrayOf("text", keys.stream().distinct().toArray()));
            }
            List<ListCursor> positions = q.hasText() ? withWords(c, where, params, q.q(), after, size) : page(c, where, params, after, size);
            String next = positions.size() > size ? positions.get(size - 1).encode() : null;
            return new Listing<>(views(positions.subList(0, Math.min(size, positions.size()))), next);
        });
    }

    /** Without words, the page is one range of the list's index (or of the keys' index when they are rare). */
    private static List<ListCursor> page(Connection c, CharSequence where, List<Object> params, ListCursor after, int size)
            throws SQLException {
        List<Object> all = new ArrayList<>(params);
        String cursor = "";
        if (after != null) {
            cursor = " and (o.list_key, o.id) > (?, ?)";
            all.add(after.key());
            all.add(after.id());
        }
        all.add(size + 1);
        return positions(c, "select o.id, o.list_key from opportunity o where " + where + cursor + " order by o.list_key, o.id limit ?", all);
    }

    /**
     * Words common enough are found by walking the list in order and checking each row (a page of "traiteur" in a few hundred
     * rows); rare ones by their own index, then sorted. The planner cannot tell the two apart from its statistics (it walked
     * all 50,000 rows for one opportunity's words: 88 ms), so the walk is tried first, bounded, and the index answers when
     * the walk did not fill the page.
     */
    private static List<ListCursor> withWords(Connection c, CharSequence where, List<Object> params, String words, ListCursor after,
                                              int size) throws SQLException {
        List<Object> walk = new ArrayList<>(params);
        String cursor = "";
        if (after != null) {
            cursor = " and (o.list_key, o.id) > (?, ?)";
            walk.add(after.key());
            walk.add(after.id());
        }
        walk.add(WALK);
        walk.add(words);
        walk.add(words);
        walk.add(size + 1);
        List<ListCursor> found = positions(c, "select w.id, w.k from (select o.id, o.list_key as k, o.search_document as d from opportunity o "
                + "where " + where + cursor + " order by o.list_key, o.id limit ?) w where w.d @@ " + TEXT_QUERY
                + " order by w.k, w.id limit ?", walk);
        if (found.size() > size) {
            return found;
        }
        // materialized: the words and keys are matched by their GIN index alone, the order and the cursor applied afterwards
        List<Object> indexed = new ArrayList<>(params);
        indexed.add(words);
        indexed.add(words);
        String outer = "";
        if (after != null) {
            outer = " where (k, id) > (?, ?)";
            indexed.add(after.key());
            indexed.add(after.id());
        }
        indexed.add(size + 1);
        return positions(c, "with m as materialized (select o.id, o.list_key as k from opportunity o where " + where
                + " and o.search_document @@ " + TEXT_QUERY + ") select id, k from m" + outer + " order by k, id limit ?", indexed);
    }

    private static List<ListCursor> positions(Connection c, String sql, List<Object> params) throws SQLException {
        List<ListCursor> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            // planned afresh each time: a generic plan cannot see how many rows the keys match
            ps.unwrap(PGStatement.class).setPrepareThreshold(0);
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ListCursor(rs.getLong(2), rs.getObject(1, UUID.class)));
                }
            }
        }
        return out;
    }

    /** The page's rows in full, in the page's order, as anyone may see them. */
    private List<OpportunityView> views(List<ListCursor> page) {
        List<UUID> ids = page.stream().map(ListCursor::id).toList();
        Map<UUID, OpportunityRow> byId = new HashMap<>();
        opportunities.findByIdIn(ids).forEach(o -> byId.put(o.id(), o));
        return store.withAmendments(ids.stream().map(byId::get).toList()).stream().map(o -> o.visibleTo(null)).toList();
    }
}
