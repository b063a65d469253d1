package org.maillage.directory.organization;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.maillage.directory.reference.ReferenceData;
import org.maillage.platform.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Full-text search over active organizations, ranked by relevance then name. The cursor is the last
 * row's (rank, name, id): a keyset, so pages neither repeat nor skip rows while others are added.
 */
@Singleton
public class OrganizationSearch {

    private static final String RANK_WITH_TEXT = "ts_rank(o.search_document, q.query)::real";
    private static final String RANK_WITHOUT = "0::real";

    private final TransactionOperations<Connection> tx;
    private final ReferenceData reference;

    public OrganizationSearch(TransactionOperations<Connection> tx, ReferenceData reference) {
        this.tx = tx;
        this.reference = reference;
    }

    public SearchPage search(SearchCriteria c) {
        return tx.executeRead(status -> {
            Connection conn = status.getConnection();
            Filter filter = filter(conn, c);
            List<SearchPage.Hit> hits = new ArrayList<>();
            String next = null;
            String rank = c.hasText() ? RANK_WITH_TEXT : RANK_WITHOUT;
            StringBuilder sql = new StringBuilder("select o.id, o.kind, o.legal_name, o.legal_form, o.categories, o.regions, ")
                    .append(rank).append(" as rank, o.sort_name from organization o, q where ").append(filter.where);
            List<Object> params = new ArrayList<>(filter.params);
            if (c.cursor() != null) {
                Cursor after = Cursor.decode(c.cursor());
                sql.append(" and (").append(rank).append(" < ? or (").append(rank).append(" = ? and (o.sort_name, o.id) > (?, ?)))");
                params.addAll(List.of(after.rank, after.rank, after.name, after.id));
            }
            sql.append(" order by rank desc, o.sort_name, o.id limit ?");
            params.add(c.pageSize() + 1);
            Cursor last = null;
            try (PreparedStatement ps = prepare(conn, filter.with + sql, params); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (hits.size() == c.pageSize()) {
                        next = last.encode();
                        break;
                    }
                    UUID id = rs.getObject(1, UUID.class);
                    hits.add(new SearchPage.Hit(id, rs.getString(2), rs.getString(3), rs.getString(4),
                            OrganizationStore.list(rs.getArray(5)), OrganizationStore.list(rs.getArray(6))));
                    last = new Cursor(rs.getFloat(7), rs.getString(8), id);
                }
            }
            Map<String, List<SearchPage.Count>> facets = facets(conn, filter);
            long total = facets.get("kind").stream().mapToLong(SearchPage.Count::count).sum();
            return new SearchPage(hits, total, new SearchPage.Facets(facets.get("kind"), facets.get("category"),
                    facets.get("region"), facets.get("legalForm")), next);
        });
    }

    private record Filter(String with, String where, List<Object> params) {
    }

    private Filter filter(Connection conn, SearchCriteria c) throws SQLException {
        List<Object> params = new ArrayList<>();
        String with;
        StringBuilder where = new StringBuilder("o.status = 'ACTIVE'");
        if (c.hasText()) {
            with = "with q as (select websearch_to_tsquery('fr_unaccent', ?) || websearch_to_tsquery('en_unaccent', ?) as query) ";
            params.add(c.q());
            params.add(c.q());
            where.append(" and o.search_document @@ q.query");
        } else {
            with = "with q as (select null::tsquery as query) ";
        }
        if (c.kind() != null) {
            where.append(" and o.kind = ?");
            params.add(c.kind());
        }
        if (c.category() != null) {
            if (!reference.isCategory(c.category())) {
                throw ProblemException.invalid("category", "unknown category " + c.category());
            }
            where.append(" and o.categories && ?");
            params.add(conn.createArrayOf("text", reference.withChildren(c.category()).toArray()));
        }
        if (c.region() != null) {
            where.append(" and o.regions && ?");
            params.add(conn.createArrayOf("text", new Object[]{c.region()}));
        }
        if (c.legalForm() != null) {
            where.append(" and o.legal_form = ?");
            params.add(c.legalForm());
        }
        if (c.certified() != null) {
            where.append(" and exists (select 1 from certification x where x.organization_id = o.id")
                    .append(" and (x.expires_on is null or x.expires_on >= current_date)) = ?");
            params.add(c.certified());
        }
        if (c.pilot() != null) {
            where.append(" and exists (select 1 from pilot_member m where m.organization_id = o.id and m.pilot_id = ?)");
            params.add(c.pilot());
        }
        return new Filter(with, where.toString(), params);
    }

    /** All four facets from one evaluation of the filters: the matched rows are materialized once. */
    private static Map<String, List<SearchPage.Count>> facets(Connection conn, Filter f) throws SQLException {
        String with = f.with.isEmpty() ? "with " : f.with.substring(0, f.with.length() - 1) + ", ";
        String sql = with + "m as materialized (select o.kind, o.categories, o.regions, o.legal_form from organization o, q where "
                + f.where + ") "
                + "select 'kind', kind, count(*) from m group by kind"
                + " union all select 'category', x, count(*) from m, unnest(m.categories) x group by x"
                + " union all select 'region', x, count(*) from m, unnest(m.regions) x group by x"
                + " union all select 'legalForm', legal_form, count(*) from m where legal_form is not null group by legal_form"
                + " order by 3 desc, 2";
        Map<String, List<SearchPage.Count>> out = new LinkedHashMap<>();
        for (String facet : List.of("kind", "category", "region", "legalForm")) {
            out.put(facet, new ArrayList<>());
        }
        try (PreparedStatement ps = prepare(conn, sql, f.params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.get(rs.getString(1)).add(new SearchPage.Count(rs.getString(2), rs.getLong(3)));
            }
        }
        return out;
    }

    private static PreparedStatement prepare(Connection conn, String sql, List<Object> params) throws SQLException {
        PreparedStatement ps = conn.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
        return ps;
    }

    /** The position after the last row of a page. */
    private record Cursor(float rank, String name, UUID id) {

        String encode() {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((rank + "\n" + name + "\n" + id).getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String text) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\n", 3);
                return new Cursor(Float.parseFloat(parts[0]), parts[1], UUID.fromString(parts[2]));
            } catch (RuntimeException e) {
                throw ProblemException.invalid("cursor", "not a cursor from a previous page");
            }
        }
    }
}
