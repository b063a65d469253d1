package org.maillage.web.coordinator;

import io.micronaut.core.annotation.Nullable;

import org.maillage.web.site.Page;

import java.math.BigDecimal;
import java.util.List;

/**
 * A pilot's dashboard, or the funders' report, for a period: the API's figures, with category codes already
 * turned into names. {@code dashboard} is null when the period form has a mistake (the form shows it).
 */
public record DashboardView(Coordination.Pilot pilot, Period period, @Nullable Dashboard dashboard, List<Category> categories) {

    public record Category(String name, long contracts, BigDecimal valueCad) {
    }

    /** One bar of a chart and the row of the table it is drawn from; {@code amount} an optional second column. */
    public record Row(String label, long count, @Nullable String amount) {
    }

    public List<Row> byCategory(Page page) {
        return categories.stream().map(c -> new Row(c.name(), c.contracts(), page.money(c.valueCad()))).toList();
    }

    public List<Row> byMonth(Page page) {
        return dashboard.byMonth().stream().map(m -> new Row(m.month(), m.contracts(), page.money(m.valueCad()))).toList();
    }

    public List<Row> byDepth(Page page) {
        return dashboard.contacts().byDepth().stream()
                .map(d -> new Row(page.t(d.depth() == 0 ? "coord.depth.none" : "coord.depth.n", d.depth()), d.contacts(), null)).toList();
    }

    public List<Row> funnel(Page page) {
        Dashboard.Funnel f = dashboard.funnel();
        return List.of(new Row(page.t("coord.funnel.published"), f.published(), null), new Row(page.t("coord.funnel.matched"), f.matched(), null),
                new Row(page.t("coord.funnel.interested"), f.interested(), null), new Row(page.t("coord.funnel.notInterested"), f.notInterested(), null),
                new Row(page.t("coord.funnel.responded"), f.responded(), null), new Row(page.t("coord.funnel.awarded"), f.awarded(), null));
    }

    public List<Row> reasons(Page page) {
        return dashboard.funnel().reasons().stream().map(r -> new Row(page.label("coord.reason.", r.reason()), r.count(), null)).toList();
    }

    /** The dashboard's public CSV tables, by their API name: open data. */
    public static final List<String> PUBLIC_TABLES = List.of("institutions", "categories", "months", "referral-depths", "decision-units",
            "not-interested-reasons");

    /** And the two that name enterprises and opportunities: coordinators only, so fetched by the site with the session's token. */
    public static final List<String> TABLES = java.util.stream.Stream.concat(PUBLIC_TABLES.stream(), java.util.stream.Stream.of("enterprises", "opportunities")).toList();

    /** A table through the site (it carries the coordinator's token): for the dashboard's downloads. */
    public String download(String table) {
        return base() + "/csv/" + table + "?" + period.query();
    }

    /** A public table straight from the API: an address a journalist can reuse as it is. */
    public String csv(String table) {
        return "/api/reports/pilots/" + pilot.id() + "/csv/" + table + "?" + period.query();
    }

    public String ocds() {
        return "/api/opendata/pilots/" + pilot.id() + "/ocds";
    }

    public String base() {
        return "/coordinator/pilots/" + pilot.id();
    }
}
