package org.maillage.web.buyer;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.maillage.web.api.Reference;
import org.maillage.web.site.Page;
import org.maillage.web.site.Pages;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.UUID;

/**
 * Who an opportunity reached and what each enterprise did, as a spreadsheet: UTF-8 with a BOM (so Excel reads the
 * accents), headers in the page's language, and no text cell that a spreadsheet would run as a formula.
 */
@Controller("/buyer/opportunities/{id}/matches.csv")
@ExecuteOn(TaskExecutors.BLOCKING)
public class FunnelCsvController {

    private final Buyers buyers;
    private final BuyerApi api;
    private final Reference reference;

    public FunnelCsvController(Buyers buyers, BuyerApi api, Reference reference) {
        this.buyers = buyers;
        this.api = api;
        this.reference = reference;
    }

    @Get
    public HttpResponse<String> csv(HttpRequest<?> request, UUID id) {
        Buyer me = buyers.require(request);
        Page p = Pages.page(request, "buyer.manage.pageTitle");
        BuyerApi.Matches matches = api.matches(id, me.token());
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            csv.printRecord(p.t("buyer.manage.enterprise"), p.t("buyer.manage.notified"), p.t("buyer.manage.viewed"),
                    p.t("buyer.manage.interest"), p.t("buyer.csv.reason"), p.t("buyer.csv.reasonText"));
            for (BuyerApi.Match m : matches.enterprises()) {
                String name = reference.organizationName(m.enterpriseId(), "ENTERPRISE");
                String interest = m.interested() == null ? p.t("buyer.manage.noAnswer")
                        : m.interested() ? p.t("buyer.manage.interested") : p.t("buyer.manage.notInterested");
                csv.printRecord(safe(name == null ? m.enterpriseId().toString() : name), time(m.notifiedAt()), time(m.viewedAt()), interest,
                        m.reason() == null ? "" : p.t("buyer.reason." + m.reason()), safe(m.reasonText()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HttpResponse.ok(out.toString())
                .contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"opportunity-" + id + "-matches.csv\"");
    }

    private static String time(Instant t) {
        return t == null ? "" : t.toString();
    }

    /** A cell starting with =, +, -, @, tab or CR gets a leading ', as the platform's own CSV tables do. */
    static String safe(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
    }
}
