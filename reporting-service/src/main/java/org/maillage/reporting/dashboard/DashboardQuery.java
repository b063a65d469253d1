package org.maillage.reporting.dashboard;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.maillage.reporting.sql.Sql;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * Reads a pilot's dashboard from the summary cells: every figure is a sum over at most a few thousand cells,
 * whatever the number of contracts and contacts behind them. Hand-written SQL (issue 20): sums over the cells the
 * views of migration V6 define, shaped for the dashboard, which no repository method expresses.
 */
@Singleton
public class DashboardQuery {

    private final TransactionOperations<Connection> tx;

    public DashboardQuery(TransactionOperations<Connection> tx) {
        this.tx = tx;
    }

    public Dashboard dashboard(UUID pilot, Period p, int withinMonths) {
        return tx.executeRead(status -> {
            Connection c = status.getConnection();
            List<Dashboard.InstitutionRow> institutions = institutions(c, pilot, p);
            Dashboard.Amount[] totals = totals(c, pilot, p);
            Dashboard.Headline headline = new Dashboard.Headline(institutions.stream().filter(i -> i.contracts() > 0).count(),
                    institutions.size(), totals[0].contracts(), totals[0].valueCad());
            return new Dashboard(pilot, p.from().toString(), p.to().toString(), headline, institutions, categories(c, pilot, p),
                    months(c, pilot, p), totals[1], totals[2], contacts(c, pilot, p, withinMonths), funnel(c, pilot, p));
        });
    }

    private static List<Dashboard.InstitutionRow> institutions(Connection c, UUID pilot, Period p) throws SQLException {
        return Sql.list(c, """
                select o.id, o.name, coalesce(sum(cb.contracts), 0), coalesce(sum(cb.value), 0), o.commitment_contracts, o.commitment_value
                from pilot_member pm join organization o on o.id = pm.organization_id
                left join cell_buyer cb on cb.pilot_id = pm.pilot_id and cb.buyer_id = pm.organization_id and cb.month between ? and ?
                where pm.pilot_id = ? and pm.kind = 'INSTITUTION'
                group by o.id, o.name, o.commitment_contracts, o.commitment_value
                order by 4 desc, o.name""", rs -> {
            Integer committed = (Integer) rs.getObject(5);
            BigDecimal committedValue = rs.getBigDecimal(6);
            long contracts = rs.getLong(3);
            BigDecimal value = money(rs.getBigDecimal(4));
            // each commitment against its own unit: a number of contracts against contracts, a value against value
            Double progress = committed == null || committed == 0 ? null : Math.round(1000.0 * contracts / committed) / 1000.0;
            Double valueProgress = committedValue == null || committedValue.signum() == 0 ? null
                    : value.divide(committedValue, 3, RoundingMode.HALF_UP).doubleValue();
            return new Dashboard.InstitutionRow(rs.getObject(1, java.util.UUID.class), rs.getString(2), contracts, value,
                    committed, committedValue, progress, valueProgress);
        }, p.firstDay(), p.lastMonth(), pilot);
    }

    /** Counted (institutions to enterprises), between enterprises, declared. */
    private static Dashboard.Amount[] totals(Connection c, UUID pilot, Period p) throws SQLException {
        return Sql.one(c, """
                select coalesce(sum(contracts), 0), coalesce(sum(value), 0), coalesce(sum(between_contracts), 0),
                       coalesce(sum(between_value), 0), coalesce(sum(declared_contracts), 0), coalesce(sum(declared_value), 0)
                from cell_month where pilot_id = ? and month between ? and ?""", rs -> new Dashboard.Amount[]{
                new Dashboard.Amount(rs.getLong(1), money(rs.getBigDecimal(2))),
                new Dashboard.Amount(rs.getLong(3), money(rs.getBigDecimal(4))),
                new Dashboard.Amount(rs.getLong(5), money(rs.getBigDecimal(6)))}, pilot, p.firstDay(), p.lastMonth());
    }

    private static List<Dashboard.CategoryRow> categories(Connection c, UUID pilot, Period p) throws SQLException {
        return Sql.list(c, """
                select category, sum(contracts), sum(value) from cell_category where pilot_id = ? and month between ? and ?
                group by category order by 3 desc, 1""", rs -> new Dashboard.CategoryRow(rs.getString(1), rs.getLong(2),
                money(rs.getBigDecimal(3))), pilot, p.firstDay(), p.lastMonth());
    }

    /** Every month of the period, those without a contract at zero: a chart of months must not close its gaps. */
    private static List<Dashboard.MonthRow> months(Connection c, UUID pilot, Period p) throws SQLException {
        java.util.Map<String, Dashboard.MonthRow> counted = new java.util.HashMap<>();
        Sql.list(c, """
                select to_char(month, 'YYYY-MM'), contracts, value from cell_month
                where pilot_id = ? and month between ? and ? and contracts > 0""",
                rs -> new Dashboard.MonthRow(rs.getString(1), rs.getLong(2), money(rs.getBigDecimal(3))), pilot, p.firstDay(), p.lastMonth())
                .forEach(m -> counted.put(m.month(), m));
        return p.months().stream().map(java.time.YearMonth::toString)
                .map(m -> counted.getOrDefault(m, new Dashboard.MonthRow(m, 0, money(null)))).toList();
    }

    private static Dashboard.Contacts contacts(Connection c, UUID pilot, Period p, int withinMonths) throws SQLException {
        long[] sums = Sql.one(c, """
                select coalesce(sum(contacts), 0), coalesce(sum(first_contacts), 0), coalesce(sum(introduced), 0)
                from cell_contact where pilot_id = ? and month between ? and ?""",
                rs -> new long[]{rs.getLong(1), rs.getLong(2), rs.getLong(3)}, pilot, p.firstDay(), p.lastMonth());
        List<Dashboard.DepthRow> depths = Sql.list(c, """
                select depth, sum(contacts) from cell_contact_depth where pilot_id = ? and month between ? and ?
                group by depth order by depth""", rs -> new Dashboard.DepthRow(rs.getInt(1), rs.getLong(2)), pilot, p.firstDay(), p.lastMonth());
        long converted = Sql.one(c, """
                select coalesce(sum(first_contacts), 0) from cell_first_contact
                where pilot_id = ? and month between ? and ? and months_to_contract between 0 and ?""",
                rs -> rs.getLong(1), pilot, p.firstDay(), p.lastMonth(), withinMonths);
        List<Dashboard.UnitsRow> units = Sql.list(c, """
                select o.id, o.name,
                       (select count(distinct cu.unit_id) from cell_unit cu join decision_unit du
                                on du.organization_id = cu.institution_id and du.id = cu.unit_id
                        where cu.pilot_id = pm.pilot_id and cu.institution_id = o.id and cu.month between ? and ?),
                       (select count(*) from decision_unit du where du.organization_id = o.id)
                from pilot_member pm join organization o on o.id = pm.organization_id
                where pm.pilot_id = ? and pm.kind = 'INSTITUTION' order by o.name""",
                rs -> new Dashboard.UnitsRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3), rs.getLong(4)),
                p.firstDay(), p.lastMonth(), pilot);
        int deepest = depths.stream().mapToInt(Dashboard.DepthRow::depth).max().orElse(0);
        return new Dashboard.Contacts(sums[0], sums[1], sums[0] - sums[1], sums[2], deepest, depths, withinMonths, converted, units);
    }

    /** Opportunities published in the period by the pilot's members, and how matched enterprises answered them. */
    private static Dashboard.Funnel funnel(Connection c, UUID pilot, Period p) throws SQLException {
        String scope = """
                with o as (select o.id, o.matched, o.status from opportunity o
                           join pilot_member pm on pm.organization_id = o.buyer_id and pm.pilot_id = ?
                           where o.published_at >= ? and o.published_at < ?)
                """;
        long[] f = Sql.one(c, scope + """
                select (select count(*) from o), (select coalesce(sum(matched), 0) from o),
                       (select count(*) from opportunity_interest i join o on o.id = i.opportunity_id where i.interested),
                       (select count(*) from opportunity_interest i join o on o.id = i.opportunity_id where not i.interested),
                       (select count(*) from opportunity_response r join o on o.id = r.opportunity_id where r.status = 'SUBMITTED'),
                       (select count(*) from o where status = 'AWARDED')""",
                rs -> new long[]{rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)},
                pilot, p.start(), p.endExclusive());
        List<Dashboard.ReasonRow> reasons = Sql.list(c, scope + """
                select i.reason, count(*) from opportunity_interest i join o on o.id = i.opportunity_id
                where not i.interested group by i.reason order by 2 desc, 1""",
                rs -> new Dashboard.ReasonRow(rs.getString(1), rs.getLong(2)), pilot, p.start(), p.endExclusive());
        return new Dashboard.Funnel(f[0], f[1], f[2], f[3], f[4], f[5], reasons);
    }

    static BigDecimal money(BigDecimal v) {
        return v == null ? BigDecimal.ZERO.setScale(2) : v.setScale(2, RoundingMode.HALF_UP);
    }
}
