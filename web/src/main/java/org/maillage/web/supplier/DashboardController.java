package org.maillage.web.supplier;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import org.maillage.web.site.Formats;
import org.maillage.web.site.Page;
import org.maillage.web.site.Pages;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The supplier's home once signed in: every list reads the API with the person's own token, so shows only its enterprise's. */
@Controller("/supplier")
@ExecuteOn(TaskExecutors.BLOCKING)
public class DashboardController {

    /** Responses whose opportunity is not among the open matches are read one by one: at most this many. */
    private static final int MAX_READ = 20;
    private static final Set<String> IN_PROGRESS = Set.of("SUBMITTED", "SHORTLISTED");
    private static final Set<String> UNDECIDED = Set.of("PUBLISHED", "CLOSED");
    private static final int FOLLOW_UP_DAYS_AHEAD = 7;
    private static final int FOLLOW_UPS_SHOWN = 10;

    private final SupplierReads reads;

    public DashboardController(SupplierReads reads) {
        this.reads = reads;
    }

    @Get
    public ModelAndView<Map<String, Object>> show(HttpRequest<?> request) {
        String token = reads.token(request);
        Page p = Pages.page(request, "supplier.dashboard.pageTitle");
        Instant now = Instant.now();
        List<SupplierApi.Opportunity> matched = reads.matched(token);
        Map<UUID, SupplierApi.Standing> standings = reads.standings(token).stream()
                .collect(Collectors.toMap(SupplierApi.Standing::opportunityId, Function.identity(), (a, b) -> a));
        SupplierApi.Visit visit = reads.visitMatches(token);
        List<Dashboard.Match> matches = matched.stream()
                .sorted(Comparator.comparing((SupplierApi.Opportunity o) -> o.publishedAt() == null ? Instant.EPOCH : o.publishedAt()).reversed())
                .map(o -> {
                    SupplierApi.Standing s = standings.get(o.id());
                    return new Dashboard.Match(reads.heading(o, p, now), isNew(o, s, visit), answer(s, p), o.publishedAt());
                }).toList();
        Map<UUID, SupplierApi.Opportunity> open = new HashMap<>();
        matched.forEach(o -> open.put(o.id(), o));
        List<Dashboard.Joint> joints = reads.openPartnerships(token).stream().filter(j -> !j.confirmed()).limit(MAX_READ)
                .map(j -> new Dashboard.Joint(reads.heading(open.computeIfAbsent(j.opportunityId(), x -> reads.opportunity(x, token)), p, now),
                        reads.enterpriseName(j.leadEnterpriseId()))).toList();
        return Pages.render("supplier/dashboard", p, new Dashboard(matches, visit.previousVisitAt(), inProgress(token, matched, p, now), joints,
                reads.declaredToConfirm(token).stream().map(c -> new Dashboard.ToConfirm(c.id(), c.title(), c.valueCad())).toList(),
                followUps(token)));
    }

    private List<Dashboard.InProgress> inProgress(String token, List<SupplierApi.Opportunity> matched, Page p, Instant now) {
        Map<UUID, SupplierApi.Opportunity> known = new HashMap<>();
        matched.forEach(o -> known.put(o.id(), o));
        return reads.myResponses(token).stream().filter(r -> IN_PROGRESS.contains(r.status())).limit(MAX_READ)
                .map(r -> {
                    SupplierApi.Opportunity o = known.computeIfAbsent(r.opportunityId(), id -> reads.opportunity(id, token));
                    return UNDECIDED.contains(o.status())
                            ? new Dashboard.InProgress(reads.heading(o, p, now), p.label("supplier.response.status.", r.status()), r.updatedAt())
                            : null;
                })
                .filter(java.util.Objects::nonNull).toList();
    }

    /** Overdue and coming within a week: upcoming first, then the most recently overdue. */
    private List<Dashboard.FollowUp> followUps(String token) {
        LocalDate today = LocalDate.now(Formats.MONTREAL);
        return reads.contacts(token).stream()
                .filter(c -> c.followUpOn() != null && !c.followUpOn().isAfter(today.plusDays(FOLLOW_UP_DAYS_AHEAD)))
                .sorted(Comparator.comparing(SupplierApi.Contact::followUpOn).reversed())
                .limit(FOLLOW_UPS_SHOWN)
                .map(c -> new Dashboard.FollowUp(c.id(), c.counterpartName(), c.nextStep(), c.followUpOn(), c.followUpOn().isBefore(today)))
                .toList();
    }

    /**
     * New to this person: matched to its enterprise after its previous visit (every match, on its first), and not opened
     * by this person since. An opportunity without a standing counts from its publication.
     */
    static boolean isNew(SupplierApi.Opportunity o, @Nullable SupplierApi.Standing s, SupplierApi.Visit visit) {
        if (visit.openedByMe(o.id())) {
            return false;
        }
        Instant matchedAt = s != null ? s.notifiedAt() : o.publishedAt();
        return visit.previousVisitAt() == null || matchedAt == null || matchedAt.isAfter(visit.previousVisitAt());
    }

    static String answer(SupplierApi.Standing s, Page p) {
        if (s == null || s.interested() == null) {
            return null;
        }
        return s.interested() ? p.t("supplier.interest.saidYes") : p.t("supplier.interest.saidNo", p.label("supplier.reason.", s.reason()));
    }
}
