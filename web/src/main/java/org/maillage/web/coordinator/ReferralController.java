package org.maillage.web.coordinator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import org.maillage.web.api.Api;
import org.maillage.web.site.Page;
import org.maillage.web.site.Pages;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.UUID;

/**
 * The referral map: which contacts led to which, and which to a contract (as the reports count it), drawn on the server as
 * SVG, with the same chains as nested lists.
 */
@Controller("/coordinator/pilots/{id}/referrals")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ReferralController {

    /** The most contacts the API lists at once (newest first). */
    static final int AT_MOST = 500;

    private final Api api;
    private final Coordination coordination;
    private final java.time.Clock clock;

    public ReferralController(Api api, Coordination coordination, java.time.Clock clock) {
        this.api = api;
        this.coordination = coordination;
        this.clock = clock;
    }

    public record View(Coordination.Pilot pilot, Period period, @Nullable Referrals.Picture picture, boolean partial) {
        public String base() {
            return "/coordinator/pilots/" + pilot.id();
        }
    }

    @Get("{?from,to,within}")
    public HttpResponse<?> map(HttpRequest<?> request, UUID id, @Nullable @QueryValue String from,
                               @Nullable @QueryValue String to, @Nullable @QueryValue String within) {
        Coordination.Scope scope = coordination.pilot(request, id);
        Page page = Pages.page(request, "coord.referrals.pageTitle", scope.pilot().name());
        Period period = Period.read(page, scope.pilot(), from, to, within, clock);
        if (!period.valid()) {
            Page titled = new Page(page.language(), page.path(), page.signedIn(), page.csrfToken(), page.t("coord.errorTitle") + " – " + page.title());
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(Pages.render("coordinator/referrals", titled,
                    new View(scope.pilot(), period, null, false)));
        }
        List<Referrals.Contact> all = api.list("/api/contacts?pilot=" + id + "&limit=" + AT_MOST, Referrals.Contact.class, scope.token());
        YearMonth first = YearMonth.parse(period.from());
        YearMonth last = YearMonth.parse(period.to());
        List<Referrals.Contact> inPeriod = all.stream().filter(c -> {
            YearMonth m = YearMonth.from(c.occurredOn());
            return !m.isBefore(first) && !m.isAfter(last);
        }).toList();
        Map<UUID, Referrals.Led> led = api.get("/api/reports/pilots/" + id + "/contacts/contracts", LedPage.class, scope.token()).items()
                .stream().collect(Collectors.toMap(Referrals.Led::contactId, l -> l, (a, b) -> a));
        return HttpResponse.ok(Pages.render("coordinator/referrals", page,
                new View(scope.pilot(), period, Referrals.of(inPeriod, led), all.size() >= AT_MOST)));
    }

    /** The reports' answer: every contact that led to a contract, in one page. */
    @Serdeable
    record LedPage(List<Referrals.Led> items, @Nullable String next) {
    }
}
