package org.maillage.web.directory;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import org.maillage.web.api.Api;
import org.maillage.web.api.ApiException;
import org.maillage.web.api.Reference;
import org.maillage.web.site.Language;
import org.maillage.web.site.Page;
import org.maillage.web.site.Pages;
import org.maillage.web.site.SearchLinks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The directory: search with facets over GET /api/organizations as it is, and the public profiles. An
 * htmx request (typing in the search box) gets only the results fragment.
 */
@Controller("/directory")
@ExecuteOn(TaskExecutors.BLOCKING)
public class DirectoryController {

    private final Api api;
    private final Reference reference;

    public DirectoryController(Api api, Reference reference) {
        this.api = api;
        this.reference = reference;
    }

    @Get("{?q,kind,category,region,legalForm,certified,cursor}")
    public ModelAndView<Map<String, Object>> search(HttpRequest<?> request, @Nullable @QueryValue String q, @Nullable @QueryValue String kind,
                                                    @Nullable @QueryValue String category, @Nullable @QueryValue String region,
                                                    @Nullable @QueryValue String legalForm, @Nullable @QueryValue String certified,
                                                    @Nullable @QueryValue String cursor) {
        Page p = Pages.page(request, "directory.pageTitle");
        DirectorySearch.Criteria c = new DirectorySearch.Criteria(clean(q), clean(kind), clean(category), clean(region), clean(legalForm),
                "true".equals(certified));
        Map<String, String> params = params(c);
        StringBuilder query = new StringBuilder("/api/organizations?limit=20");
        params.forEach((k, v) -> query.append('&').append(k).append('=').append(Page.encode(v)));
        if (cursor != null && !cursor.isBlank()) {
            query.append("&cursor=").append(Page.encode(cursor));
        }
        DirectoryApi.SearchPage found;
        List<ApiException.FieldError> errors = List.of();
        try {
            found = api.get(query.toString(), DirectoryApi.SearchPage.class);
        } catch (ApiException e) {
            if (e.status() != 400) {
                throw e;
            }
            errors = e.fieldErrors();
            found = new DirectoryApi.SearchPage(List.of(), 0, new DirectoryApi.Facets(List.of(), List.of(), List.of(), List.of()), null);
        }
        Language l = p.language();
        DirectorySearch view = new DirectorySearch(c,
                options(found.facets().kinds(), c.kind(), code -> p.label("kind.", code)),
                options(found.facets().categories(), c.category(), code -> reference.category(code, l)),
                options(found.facets().regions(), c.region(), code -> reference.region(code, l)),
                options(found.facets().legalForms(), c.legalForm(), code -> p.label("legal.", code)),
                found.total(),
                found.items().stream().map(h -> new DirectorySearch.Hit(h.id(), "INSTITUTION".equals(h.kind()), h.name(),
                        p.label("kind.", h.kind()), h.legalForm() == null ? null : p.label("legal.", h.legalForm()),
                        h.regions().stream().map(r -> reference.region(r, l)).toList())).toList(),
                found.next() == null ? null : SearchLinks.url("/directory", params, found.next()),
                cursor == null || cursor.isBlank() ? null : SearchLinks.url("/directory", params, null), errors);
        boolean fragment = request.getHeaders().contains("HX-Request");
        return Pages.render(fragment ? "directory/results" : "directory/search", p, view);
    }

    @Get("/enterprises/{id}")
    public ModelAndView<Map<String, Object>> enterprise(HttpRequest<?> request, UUID id) {
        return profile(request, api.get("/api/enterprises/" + id, DirectoryApi.Organization.class));
    }

    @Get("/institutions/{id}")
    public ModelAndView<Map<String, Object>> institution(HttpRequest<?> request, UUID id) {
        return profile(request, api.get("/api/institutions/" + id, DirectoryApi.Organization.class));
    }

    private ModelAndView<Map<String, Object>> profile(HttpRequest<?> request, DirectoryApi.Organization o) {
        Page p = Pages.titled(request, o.legalName());
        Language l = p.language();
        boolean institution = "INSTITUTION".equals(o.kind());
        Profile view = new Profile(o.legalName(), institution, "ACTIVE".equals(o.status()),
                o.otherNames() == null ? List.of() : o.otherNames(), o.neq(),
                institution ? p.label("institution.", o.institutionType()) : (o.legalForm() == null ? null : p.label("legal.", o.legalForm())),
                blankToNull(p.pick(o.missionFr(), o.missionEn())),
                o.categories().stream().map(c -> reference.category(c, l)).toList(),
                o.regions().stream().map(r -> reference.region(r, l)).toList(),
                o.address(), o.website(), o.sizeBand(), o.capacityNotes(),
                o.certifications() == null ? List.of() : o.certifications().stream()
                        .map(c -> new Profile.Certification(c.name(), c.issuer(), c.expiresOn(), c.expired())).toList(),
                o.decisionUnits() == null ? List.of() : o.decisionUnits().stream()
                        .map(u -> new Profile.DecisionUnit(u.name(), u.categories().stream().map(c -> reference.category(c, l)).toList(),
                                u.thresholdCad(), u.methods().stream().map(m -> p.label("method.", m)).toList(), u.calendarNotes())).toList(),
                o.commitment() == null ? null : o.commitment().contracts(), o.commitment() == null ? null : o.commitment().valueCad());
        return Pages.render("directory/profile", p, view);
    }

    private static List<DirectorySearch.Option> options(List<DirectoryApi.Count> counts, String selected, Function<String, String> label) {
        List<DirectorySearch.Option> options = new ArrayList<>();
        counts.forEach(c -> options.add(new DirectorySearch.Option(c.code(), label.apply(c.code()), c.count())));
        // a chosen filter that matches nothing any more stays in its list, so the person can see and change it
        if (!selected.isEmpty() && options.stream().noneMatch(o -> o.code().equals(selected))) {
            options.add(new DirectorySearch.Option(selected, label.apply(selected), 0));
        }
        return options;
    }

    private static Map<String, String> params(DirectorySearch.Criteria c) {
        return SearchLinks.filters("q", c.q(), "kind", c.kind(), "category", c.category(), "region", c.region(), "legalForm",
                c.legalForm(), "certified", c.certified() ? "true" : "");
    }

    private static String clean(@Nullable String s) {
        return s == null ? "" : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
