package org.maillage.web.enterprise;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.maillage.web.api.ApiException;
import org.maillage.web.api.Reference;
import org.maillage.web.directory.Profile;
import org.maillage.web.member.Errors;
import org.maillage.web.member.FormData;
import org.maillage.web.member.Inputs;
import org.maillage.web.member.Member;
import org.maillage.web.member.MemberApi;
import org.maillage.web.site.Formats;
import org.maillage.web.site.Page;
import org.maillage.web.site.Pages;

import java.net.URI;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * My enterprise's profile, for its own accounts: everything PUT /api/enterprises/{id} takes (the NEQ
 * excepted, which cannot change), a preview of the public profile before saving, and its people (added here;
 * changed and removed by {@link PersonController}).
 */
@Controller("/supplier/profile")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ProfileController {

    /** A certification expiring within this many days is flagged, so there is time to renew it. */
    static final int WARN_DAYS = 60;
    private static final List<String> TEXTS = List.of("legalName", "otherNames", "legalForm", "missionFr", "missionEn", "address", "website",
            "sizeBand", "capacityNotes");
    private static final Pattern CERT_FIELD = Pattern.compile("certifications\\[(\\d+)]\\.(name|issuer|expiresOn)");
    private static final List<String> DONE = List.of("saved", "person", "personChanged", "personRemoved");
    private static final Pattern LISTED = Pattern.compile("(otherNames|categories|regions)(\\[\\d+])?");

    private final MemberApi api;
    private final Reference reference;

    public ProfileController(MemberApi api, Reference reference) {
        this.api = api;
        this.reference = reference;
    }

    @Get("{?done}")
    public HttpResponse<?> show(HttpRequest<?> request, @Nullable @QueryValue String done) {
        Member me = api.member(request, true);
        EnterpriseApi.Enterprise e = enterprise(me);
        Map<String, String> values = saved(e);
        List<EnterpriseApi.Certification> certs = e.certifications() == null ? List.of() : e.certifications();
        return HttpResponse.ok(render(request, me, e, values, e.categories(), e.regions(), certs, Map.of(), false,
                done != null && DONE.contains(done) ? done : null, new Errors()));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> save(HttpRequest<?> request, @Body String body) {
        Member me = api.member(request, true);
        FormData form = FormData.parse(body);
        Page p = Pages.page(request, "profile.title");
        EnterpriseApi.Enterprise e = enterprise(me);
        Map<String, String> values = new HashMap<>();
        TEXTS.forEach(f -> values.put(f, form.text(f)));
        Errors errors = new Errors();
        List<EnterpriseApi.Certification> certs = new ArrayList<>();
        int rows = Math.min(21, Math.max(0, parseInt(form.text("certRows"))));
        for (int i = 0; i < rows; i++) {
            String name = form.text("certName" + i);
            String issuer = form.text("certIssuer" + i);
            String expires = form.text("certExpires" + i);
            if (name.isEmpty() && issuer.isEmpty() && expires.isEmpty()) {
                continue;
            }
            // the page shows the rows again without the blank ones: errors go by the row's place among those kept
            int at = certs.size();
            if (name.isEmpty()) {
                errors.add("certName" + at, p.t("profile.error.certName"));
            }
            if (issuer.isEmpty()) {
                errors.add("certIssuer" + at, p.t("profile.error.certIssuer"));
            }
            if (Inputs.badDate(expires)) {
                errors.add("certExpires" + at, p.t("profile.error.date"));
            }
            certs.add(new EnterpriseApi.Certification(name, issuer, Inputs.date(expires)));
        }
        if (values.get("legalName").isEmpty()) {
            errors.add("legalName", p.t("profile.error.legalName"));
        }
        List<String> categories = form.all("categories");
        List<String> regions = form.all("regions");
        boolean preview = "preview".equals(form.text("action"));
        if (!preview && !errors.any()) {
            try {
                api.put(me, "/api/enterprises/" + me.organizationId(), update(e, values, categories, regions, certs), Object.class);
                return HttpResponse.seeOther(URI.create("/supplier/profile?done=saved"));
            } catch (ApiException x) {
                if (x.status() != 400 && x.status() != 409) {
                    throw x;
                }
                errors.addAll(x, ProfileController::input, "legalName");
            }
        }
        Object page = render(request, me, e, values, categories, regions, certs, Map.of(), true, null, errors);
        return errors.any() ? HttpResponse.status(HttpStatus.BAD_REQUEST).body(page) : HttpResponse.ok(page);
    }

    @Post(value = "/people", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> addPerson(HttpRequest<?> request, @Body String body) {
        Member me = api.member(request, true);
        FormData form = FormData.parse(body);
        Page p = Pages.page(request, "profile.title");
        Map<String, String> person = new HashMap<>();
        for (String f : List.of("name", "title", "email", "phone", "language")) {
            person.put(f, form.text("person-" + f));
        }
        Errors errors = new Errors();
        if (person.get("name").isEmpty()) {
            errors.add("person-name", p.t("profile.error.personName"));
        } else {
            try {
                api.post(me, "/api/organizations/" + me.organizationId() + "/people", new EnterpriseApi.NewPerson(person.get("name"),
                        blank(person.get("title")), blank(person.get("email")), blank(person.get("phone")),
                        "en".equals(person.get("language")) ? "en" : "fr"), Object.class);
                return HttpResponse.seeOther(URI.create("/supplier/profile?done=person"));
            } catch (ApiException x) {
                if (x.status() != 400) {
                    throw x;
                }
                errors.addAll(x, field -> List.of("name", "title", "email", "phone", "language").contains(field) ? "person-" + field : null,
                        "person-name");
            }
        }
        EnterpriseApi.Enterprise e = enterprise(me);
        return HttpResponse.status(HttpStatus.BAD_REQUEST).body(render(request, me, e, saved(e), e.categories(), e.regions(),
                e.certifications() == null ? List.of() : e.certifications(), person, false, null, errors));
    }

    private EnterpriseApi.Enterprise enterprise(Member me) {
        return api.get(me, "/api/enterprises/" + me.organizationId(), EnterpriseApi.Enterprise.class);
    }

    private static Map<String, String> saved(EnterpriseApi.Enterprise e) {
        Map<String, String> values = new HashMap<>();
        values.put("legalName", e.legalName());
        values.put("otherNames", String.join("\n", e.otherNames() == null ? List.of() : e.otherNames()));
        values.put("legalForm", e.legalForm());
        values.put("missionFr", e.missionFr());
        values.put("missionEn", e.missionEn());
        values.put("address", e.address());
        values.put("website", e.website());
        values.put("sizeBand", e.sizeBand());
        values.put("capacityNotes", e.capacityNotes());
        values.values().removeIf(v -> v == null);
        return values;
    }

    private static EnterpriseApi.Update update(EnterpriseApi.Enterprise e, Map<String, String> v, List<String> categories, List<String> regions,
                                               List<EnterpriseApi.Certification> certs) {
        List<String> otherNames = v.get("otherNames").lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new EnterpriseApi.Update(v.get("legalName"), otherNames, e.neq(), blank(v.get("legalForm")), certs, blank(v.get("missionFr")),
                blank(v.get("missionEn")), categories, regions, blank(v.get("address")), blank(v.get("website")), blank(v.get("sizeBand")),
                blank(v.get("capacityNotes")), e.pilots().isEmpty() ? null : e.pilots().get(0).pilotId());
    }

    /** The input of a field the API names: certifications[2].issuer is the issuer of the third certification sent. */
    private static String input(String field) {
        Matcher cert = CERT_FIELD.matcher(field);
        if (cert.matches()) {
            String row = cert.group(1);
            return switch (cert.group(2)) {
                case "name" -> "certName" + row;
                case "issuer" -> "certIssuer" + row;
                default -> "certExpires" + row;
            };
        }
        Matcher listed = LISTED.matcher(field);
        if (listed.matches()) {
            return listed.group(1);
        }
        return TEXTS.contains(field) ? field : null;
    }

    private Object render(HttpRequest<?> request, Member me, EnterpriseApi.Enterprise e, Map<String, String> values, List<String> categories,
                          List<String> regions, List<EnterpriseApi.Certification> certs, Map<String, String> person, boolean typed,
                          @Nullable String done, Errors errors) {
        Page p = Pages.page(request, errors.any() ? "profile.errorTitle" : "profile.title");
        LocalDate today = LocalDate.now(Formats.MONTREAL);
        List<ProfileForm.Cert> rows = new ArrayList<>();
        for (EnterpriseApi.Certification c : certs) {
            long days = c.expiresOn() == null ? Long.MAX_VALUE : ChronoUnit.DAYS.between(today, c.expiresOn());
            String warning = days < 0 ? "EXPIRED" : days <= WARN_DAYS ? "SOON" : null;
            rows.add(new ProfileForm.Cert(rows.size(), c.name(), c.issuer(), ProfileForm.dateText(c.expiresOn()), warning, days));
        }
        rows.add(new ProfileForm.Cert(rows.size(), "", "", "", null, 0));
        List<ProfileForm.Choice> categoryChoices = new ArrayList<>();
        reference.categories().forEach((code, label) -> categoryChoices.add(new ProfileForm.Choice(code, label.in(p.language()))));
        List<ProfileForm.Choice> regionChoices = new ArrayList<>();
        reference.regions().forEach((code, label) -> regionChoices.add(new ProfileForm.Choice(code, label.in(p.language()))));
        List<ProfileForm.Person> people = api.get(me, "/api/organizations/" + me.organizationId() + "/people?limit=50", EnterpriseApi.PeoplePage.class)
                .items().stream().map(x -> new ProfileForm.Person(x.id(), x.name(), x.title(), x.email(), x.phone())).toList();
        return Pages.render("enterprise/profile", p, new ProfileForm(e.id(), e.neq(), values, categories, regions, rows, categoryChoices,
                regionChoices, EnterpriseApi.LEGAL_FORMS, EnterpriseApi.SIZE_BANDS, people, person,
                preview(e, values, categories, regions, certs, p, today), typed, done, errors));
    }

    private Profile preview(EnterpriseApi.Enterprise e, Map<String, String> v, List<String> categories, List<String> regions,
                            List<EnterpriseApi.Certification> certs, Page p, LocalDate today) {
        String legalForm = blank(v.get("legalForm"));
        String mission = p.pick(blank(v.get("missionFr")), blank(v.get("missionEn")));
        return new Profile(v.getOrDefault("legalName", ""), false, "ACTIVE".equals(e.status()),
                v.getOrDefault("otherNames", "").lines().map(String::strip).filter(s -> !s.isEmpty()).toList(), e.neq(),
                legalForm == null ? null : p.label("legal.", legalForm), mission.isEmpty() ? null : mission,
                categories.stream().map(c -> reference.category(c, p.language())).toList(),
                regions.stream().map(r -> reference.region(r, p.language())).toList(),
                blank(v.get("address")), blank(v.get("website")), blank(v.get("sizeBand")), blank(v.get("capacityNotes")),
                certs.stream().map(c -> new Profile.Certification(c.name(), c.issuer(), c.expiresOn(),
                        c.expiresOn() != null && c.expiresOn().isBefore(today))).toList(), List.of(), null, null);
    }

    @Nullable
    private static String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static int parseInt(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException x) {
            return 0;
        }
    }
}
