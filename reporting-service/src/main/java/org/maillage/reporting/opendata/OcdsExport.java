package org.maillage.reporting.opendata;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.maillage.reporting.sql.Sql;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A pilot's public procurement as an OCDS 1.1.5 release package: one release per opportunity published by
 * the pilot's institutions (its tender, and its award and contract once made), and one per confirmed
 * contract an institution recorded directly. Public data only: no response content, no prices offered,
 * no people; a withheld estimate stays withheld. Contracts between enterprises are private buying and
 * declared contracts are not yet facts, so neither is published. Hand-written SQL (issue 20): it joins the read
 * models into the OCDS shape in a few statements instead of one read per entity.
 */
@Singleton
public class OcdsExport {

    static final String SUSTAINABILITY_EXTENSION =
            "https://raw.githubusercontent.com/open-contracting-extensions/ocds_sustainability_extension/master/extension.json";
    private static final ZoneId MONTREAL = ZoneId.of("America/Montreal");

    private final TransactionOperations<Connection> tx;
    private final String ocidPrefix;
    private final String publisher;

    public OcdsExport(TransactionOperations<Connection> tx, @Value("${maillage.ocds.ocid-prefix:ocds-maillage-}") String ocidPrefix,
                      @Value("${maillage.ocds.publisher:Maillage}") String publisher) {
        this.tx = tx;
        this.ocidPrefix = ocidPrefix;
        this.publisher = publisher;
    }

    public Map<String, Object> releasePackage(UUID pilot, String uri) {
        List<Map<String, Object>> releases = tx.executeRead(status -> {
            Connection c = status.getConnection();
            // the names of the pilot's members and of every supplier of its institutions, read once
            Map<UUID, String> names = new java.util.HashMap<>();
            for (Object[] row : Sql.list(c, """
                    select o.id, o.name from organization o
                    where o.id in (select organization_id from pilot_member where pilot_id = ?)
                       or o.id in (select unnest(k.supplier_ids) from contract k
                                   join pilot_member pm on pm.organization_id = k.buyer_id and pm.pilot_id = ?)""",
                    rs -> new Object[]{rs.getObject(1, UUID.class), rs.getString(2)}, pilot, pilot)) {
                names.put((UUID) row[0], (String) row[1]);
            }
            List<Map<String, Object>> out = new ArrayList<>();
            for (Map<String, Object> tender : tenders(c, pilot)) {
                out.add(release(c, tender, names));
            }
            out.addAll(directContracts(c, pilot, names));
            return out;
        });
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("uri", uri);
        p.put("version", "1.1");
        p.put("extensions", List.of(SUSTAINABILITY_EXTENSION));
        p.put("publishedDate", iso(Instant.now()));
        p.put("publisher", Map.of("name", publisher));
        p.put("license", "https://opendatacommons.org/licenses/by/1-0/");
        p.put("releases", releases);
        return p;
    }

    private static List<Map<String, Object>> tenders(Connection c, UUID pilot) throws SQLException {
        return Sql.list(c, """
                select o.id, o.buyer_id, b.name, coalesce(o.title_fr, o.title_en), o.method, o.categories, o.social_clauses,
                       o.estimated_value, o.deadline, o.status, o.updated_at, o.published_at
                from opportunity o join pilot_member pm on pm.organization_id = o.buyer_id and pm.pilot_id = ? and pm.kind = 'INSTITUTION'
                left join organization b on b.id = o.buyer_id
                order by o.published_at, o.id""", rs -> {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("id", rs.getObject(1, UUID.class));
            t.put("buyerId", rs.getObject(2, UUID.class));
            t.put("buyerName", rs.getString(3));
            t.put("title", rs.getString(4));
            t.put("method", rs.getString(5));
            t.put("categories", texts(rs, 6));
            t.put("goals", texts(rs, 7));
            t.put("estimate", rs.getBigDecimal(8));
            t.put("deadline", rs.getTimestamp(9).toInstant());
            t.put("status", rs.getString(10));
            t.put("updated", rs.getTimestamp(11).toInstant());
            return t;
        }, pilot);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> release(Connection c, Map<String, Object> t, Map<UUID, String> names) throws SQLException {
        UUID id = (UUID) t.get("id");
        Map<String, Map<String, Object>> parties = new LinkedHashMap<>();
        party(parties, (UUID) t.get("buyerId"), (String) t.get("buyerName"), "buyer");
        party(parties, (UUID) t.get("buyerId"), (String) t.get("buyerName"), "procuringEntity");

        Map<String, Object> tender = new LinkedHashMap<>();
        tender.put("id", id.toString());
        if (t.get("title") != null) {
            tender.put("title", t.get("title"));
        }
        tender.put("status", OcdsCodes.tenderStatus((String) t.get("status")));
        tender.put("procurementMethod", OcdsCodes.method((String) t.get("method")));
        tender.put("procurementMethodDetails", t.get("method"));
        if (t.get("estimate") != null) {
            tender.put("value", money((BigDecimal) t.get("estimate")));
        }
        tender.put("tenderPeriod", Map.of("endDate", iso((Instant) t.get("deadline"))));
        List<Map<String, Object>> items = new ArrayList<>();
        List<String> categories = (List<String>) t.get("categories");
        for (int i = 0; i < categories.size(); i++) {
            items.add(Map.of("id", String.valueOf(i + 1), "classification", Map.of("scheme", "UNSPSC", "id", categories.get(i))));
        }
        if (!items.isEmpty()) {
            tender.put("items", items);
        }
        List<String> goals = (List<String>) t.get("goals");
        tender.put("hasSustainability", !goals.isEmpty());
        if (!goals.isEmpty()) {
            tender.put("sustainability", goals.stream().map(g -> Map.of("goal", g)).toList());
        }

        Instant date = (Instant) t.get("updated");
        List<Map<String, Object>> awards = new ArrayList<>();
        List<Map<String, Object>> contracts = new ArrayList<>();
        for (Map<String, Object> k : contractsOf(c, "k.opportunity_id = ?", id)) {
            date = later(date, (Instant) k.get("updated"));
            addContract(k, names, parties, awards, contracts);
        }
        return release(ocidPrefix + id, id + "-" + date.toEpochMilli(), date, parties, (UUID) t.get("buyerId"),
                (String) t.get("buyerName"), tender, awards, contracts);
    }

    private List<Map<String, Object>> directContracts(Connection c, UUID pilot, Map<UUID, String> names) throws SQLException {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> k : contractsOf(c, """
                k.opportunity_id is null and k.origin = 'DIRECT'
                and exists (select 1 from pilot_member pm where pm.organization_id = k.buyer_id and pm.pilot_id = ? and pm.kind = 'INSTITUTION')""",
                pilot)) {
            Map<String, Map<String, Object>> parties = new LinkedHashMap<>();
            party(parties, (UUID) k.get("buyerId"), (String) k.get("buyerName"), "buyer");
            List<Map<String, Object>> awards = new ArrayList<>();
            List<Map<String, Object>> contracts = new ArrayList<>();
            addContract(k, names, parties, awards, contracts);
            UUID id = (UUID) k.get("id");
            Map<String, Object> tender = new LinkedHashMap<>();
            tender.put("id", id.toString());
            tender.put("status", "complete");
            tender.put("procurementMethod", "direct");
            tender.put("procurementMethodDetails", "DIRECT_AWARD");
            Instant date = (Instant) k.get("updated");
            out.add(release(ocidPrefix + id, id + "-" + date.toEpochMilli(), date, parties, (UUID) k.get("buyerId"),
                    (String) k.get("buyerName"), tender, awards, contracts));
        }
        return out;
    }

    private static Map<String, Object> release(String ocid, String id, Instant date, Map<String, Map<String, Object>> parties,
                                               UUID buyer, String buyerName, Map<String, Object> tender,
                                               List<Map<String, Object>> awards, List<Map<String, Object>> contracts) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("ocid", ocid);
        r.put("id", id);
        r.put("date", iso(date));
        List<String> tag = new ArrayList<>(List.of("tender"));
        if (!awards.isEmpty()) {
            tag.add("award");
            tag.add("contract");
        }
        r.put("tag", tag);
        r.put("initiationType", "tender");
        r.put("language", "fr");
        r.put("parties", new ArrayList<>(parties.values()));
        r.put("buyer", reference(buyer, buyerName));
        r.put("tender", tender);
        if (!awards.isEmpty()) {
            r.put("awards", awards);
            r.put("contracts", contracts);
        }
        return r;
    }

    /** Confirmed contracts bought by an institution; an award and its contract share the contract's id. */
    private static List<Map<String, Object>> contractsOf(Connection c, String where, UUID key) throws SQLException {
        return Sql.list(c, """
                select k.id, k.buyer_id, b.name, k.supplier_ids, k.title, coalesce(k.final_value_cad, k.value_cad), k.starts_on, k.ends_on,
                       k.status, k.updated_at
                from contract k left join organization b on b.id = k.buyer_id
                where k.confirmed and coalesce(b.kind, 'INSTITUTION') = 'INSTITUTION'""" + " and " + where + " order by k.id", rs -> {
            Map<String, Object> k = new LinkedHashMap<>();
            k.put("id", rs.getObject(1, UUID.class));
            k.put("buyerId", rs.getObject(2, UUID.class));
            k.put("buyerName", rs.getString(3));
            k.put("suppliers", java.util.Arrays.stream((Object[]) rs.getArray(4).getArray()).map(o -> (UUID) o).toList());
            k.put("title", rs.getString(5));
            k.put("value", rs.getBigDecimal(6));
            k.put("starts", rs.getDate(7) == null ? null : rs.getDate(7).toLocalDate());
            k.put("ends", rs.getDate(8) == null ? null : rs.getDate(8).toLocalDate());
            k.put("status", rs.getString(9));
            k.put("updated", rs.getTimestamp(10).toInstant());
            return k;
        }, key);
    }

    @SuppressWarnings("unchecked")
    private static void addContract(Map<String, Object> k, Map<UUID, String> names, Map<String, Map<String, Object>> parties,
                                    List<Map<String, Object>> awards, List<Map<String, Object>> contracts) {
        String id = k.get("id").toString();
        List<Map<String, Object>> suppliers = new ArrayList<>();
        for (UUID s : (List<UUID>) k.get("suppliers")) {
            String name = names.get(s);
            party(parties, s, name, "supplier");
            suppliers.add(reference(s, name));
        }
        Map<String, Object> award = new LinkedHashMap<>();
        award.put("id", id);
        award.put("status", OcdsCodes.awardStatus((String) k.get("status")));
        award.put("value", money((BigDecimal) k.get("value")));
        award.put("suppliers", suppliers);
        awards.add(award);
        Map<String, Object> contract = new LinkedHashMap<>();
        contract.put("id", id);
        contract.put("awardID", id);
        contract.put("title", k.get("title"));
        contract.put("status", OcdsCodes.contractStatus((String) k.get("status")));
        contract.put("value", money((BigDecimal) k.get("value")));
        Map<String, Object> period = new LinkedHashMap<>();
        if (k.get("starts") != null) {
            period.put("startDate", day((LocalDate) k.get("starts")));
        }
        if (k.get("ends") != null) {
            period.put("endDate", day((LocalDate) k.get("ends")));
        }
        if (!period.isEmpty()) {
            contract.put("period", period);
        }
        contracts.add(contract);
    }

    @SuppressWarnings("unchecked")
    private static void party(Map<String, Map<String, Object>> parties, UUID id, String name, String role) {
        Map<String, Object> p = parties.computeIfAbsent(id.toString(), k -> {
            Map<String, Object> n = new LinkedHashMap<>();
            n.put("id", k);
            if (name != null) {
                n.put("name", name);
            }
            n.put("roles", new ArrayList<String>());
            return n;
        });
        List<String> roles = (List<String>) p.get("roles");
        if (!roles.contains(role)) {
            roles.add(role);
        }
    }

    private static Map<String, Object> reference(UUID id, String name) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", id.toString());
        if (name != null) {
            r.put("name", name);
        }
        return r;
    }

    private static Map<String, Object> money(BigDecimal amount) {
        return Map.of("amount", amount, "currency", "CAD");
    }

    private static List<String> texts(ResultSet rs, int column) throws SQLException {
        return java.util.Arrays.stream((Object[]) rs.getArray(column).getArray()).map(String::valueOf).toList();
    }

    private static Instant later(Instant a, Instant b) {
        return b.isAfter(a) ? b : a;
    }

    private static String iso(Instant i) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(i.atZone(MONTREAL));
    }

    private static String day(LocalDate d) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(d.atStartOfDay(MONTREAL));
    }
}
