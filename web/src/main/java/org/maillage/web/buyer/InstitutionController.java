package org.maillage.web.buyer;

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
import org.maillage.web.site.Page;
import org.maillage.web.site.Pages;

import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * My institution's decision units, kept by its buyers: the list with each unit's contacts, adding one, and one unit's
 * page to change it (name, what and how it buys, threshold, calendar), name whom to contact, or retire it.
 */
@Controller("/buyer/institution")
@ExecuteOn(TaskExecutors.BLOCKING)
public class InstitutionController {

    private static final Set<String> DONE = Set.of("added", "changed", "retired", "person");
    private static final Map<String, String> UNIT_FIELDS = Map.of("name", "name", "categories", "categories", "thresholdCad", "thresholdCad",
            "methods", "methods", "calendarNotes", "calendarNotes");
    private static final Map<String, String> PERSON_FIELDS = Map.of("name", "personName", "title", "personTitle", "email", "personEmail",
            "phone", "personPhone");

    private final Buyers buyers;
    private final BuyerApi buyerApi;
    private final UnitsApi api;
    private final Reference reference;

    public InstitutionController(Buyers buyers, BuyerApi buyerApi, UnitsApi api, Reference reference) {
        this.buyers = buyers;
        this.buyerApi = buyerApi;
        this.api = api;
        this.reference = reference;
    }

    @Get("{?done}")
    public HttpResponse<?> show(HttpRequest<?> request, @Nullable @QueryValue String done) {
        Buyer me = buyers.require(request);
        return list(request, me, Form.empty(), known(done), HttpStatus.OK);
    }

    @Post(value = "/units", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> add(HttpRequest<?> request, @Body @Nullable String body) {
        Buyer me = buyers.require(request);
        Form f = Form.parse(body);
        Map<String, Object> sent = unit(f, Pages.page(request, "buyer.institution.pageTitle"));
        if (Inputs.accepted(f, UNIT_FIELDS, () -> api.add(me, sent))) {
            return HttpResponse.seeOther(URI.create("/buyer/institution?done=added"));
        }
        return list(request, me, f, null, HttpStatus.BAD_REQUEST);
    }

    @Get("/units/{unit}{?done}")
    public HttpResponse<?> unit(HttpRequest<?> request, UUID unit, @Nullable @QueryValue String done) {
        Buyer me = buyers.require(request);
        UnitsApi.Unit u = find(me, unit);
        Form f = Form.empty().set("name", u.name()).set("categories", String.join(" ", u.categories()))
                .set("thresholdCad", u.thresholdCad() == null ? null : u.thresholdCad().toPlainString()).setAll("methods", u.methods())
                .set("calendarNotes", u.calendarNotes());
        return one(request, me, u, f, Form.empty(), known(done), HttpStatus.OK);
    }

    @Post(value = "/units/{unit}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> change(HttpRequest<?> request, UUID unit, @Body @Nullable String body) {
        Buyer me = buyers.require(request);
        Form f = Form.parse(body);
        UnitsApi.Unit u = find(me, unit);
        Map<String, Object> sent = unit(f, Pages.page(request, "buyer.institution.pageTitle"));
        if (Inputs.accepted(f, UNIT_FIELDS, () -> api.change(me, unit, sent))) {
            return HttpResponse.seeOther(URI.create("/buyer/institution/units/" + unit + "?done=changed"));
        }
        return one(request, me, u, f, Form.empty(), null, HttpStatus.BAD_REQUEST);
    }

    @Post(value = "/units/{unit}/retire", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> retire(HttpRequest<?> request, UUID unit, @Body @Nullable String body) {
        Buyer me = buyers.require(request);
        Form f = Form.parse(body);
        UnitsApi.Unit u = find(me, unit);
        if (Inputs.accepted(f, Map.of(), () -> api.retire(me, unit))) {
            return HttpResponse.seeOther(URI.create("/buyer/institution?done=retired"));
        }
        return one(request, me, u, Form.empty(), f, null, HttpStatus.CONFLICT);
    }

    @Post(value = "/units/{unit}/people", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> person(HttpRequest<?> request, UUID unit, @Body @Nullable String body) {
        Buyer me = buyers.require(request);
        Form f = Form.parse(body);
        UnitsApi.Unit u = find(me, unit);
        Page p = Pages.page(request, "buyer.institution.pageTitle");
        if (f.value("personName").isEmpty()) {
            f.error("personName", p.t("buyer.institution.error.personName"));
        }
        if (f.ok()) {
            Map<String, Object> sent = new HashMap<>();
            sent.put("name", f.value("personName"));
            sent.put("title", f.optional("personTitle"));
            sent.put("email", f.optional("personEmail"));
            sent.put("phone", f.optional("personPhone"));
            sent.put("language", p.lang());
            sent.put("decisionUnitId", unit);
            if (Inputs.accepted(f, PERSON_FIELDS, () -> api.addPerson(me, sent))) {
                return HttpResponse.seeOther(URI.create("/buyer/institution/units/" + unit + "?done=person"));
            }
        }
        return one(request, me, u, Form.empty(), f, null, HttpStatus.BAD_REQUEST);
    }

    /** The unit's fields as the API takes them; what cannot be read is noted on the form. */
    private static Map<String, Object> unit(Form f, Page p) {
        if (f.value("name").isEmpty()) {
            f.error("name", p.t("buyer.institution.error.name"));
        }
        Map<String, Object> sent = new HashMap<>();
        sent.put("name", f.value("name"));
        sent.put("categories", Arrays.stream(f.value("categories").split("[\\s,;]+")).filter(s -> !s.isBlank()).toList());
        sent.put("thresholdCad", Inputs.money(f, "thresholdCad", p));
        sent.put("methods", f.all("methods"));
        sent.put("calendarNotes", f.optional("calendarNotes"));
        return sent;
    }

    private UnitsApi.Unit find(Buyer me, UUID unit) {
        return api.units(me).stream().filter(u -> u.id().equals(unit)).findFirst()
                .orElseThrow(() -> new ApiException(404, "no such decision unit", List.of()));
    }

    private HttpResponse<?> list(HttpRequest<?> request, Buyer me, Form f, @Nullable String done, HttpStatus status) {
        Page p = titled(request, "buyer.institution.pageTitle", f);
        List<UnitsApi.Person> people = api.people(me);
        List<InstitutionView.Row> rows = api.units(me).stream().map(u -> row(u, people, p)).toList();
        String name = buyerApi.institution(me.organization()).legalName();
        return HttpResponse.status(status).body(Pages.render("buyer/institution", p,
                new InstitutionView(me.organization(), name, rows, methods(f, p), f, done)));
    }

    private HttpResponse<?> one(HttpRequest<?> request, Buyer me, UnitsApi.Unit u, Form f, Form person, @Nullable String done,
                                HttpStatus status) {
        Page p = Pages.page(request, "buyer.institution.pageTitle");
        p = Pages.titled(request, (f.ok() && person.ok() ? "" : p.t("buyer.errorTitle") + " – ") + u.name());
        return HttpResponse.status(status).body(Pages.render("buyer/unit", p,
                new InstitutionView.One(row(u, api.people(me), p), methods(f, p), f, person, done)));
    }

    private InstitutionView.Row row(UnitsApi.Unit u, List<UnitsApi.Person> people, Page p) {
        return new InstitutionView.Row(u, u.categories().stream().map(c -> reference.category(c, p.language()) + " (" + c + ")").toList(),
                u.methods().stream().map(m -> p.label("method.", m)).toList(),
                people.stream().filter(x -> u.id().equals(x.decisionUnitId())).toList());
    }

    private static List<DraftView.Option> methods(Form f, Page p) {
        return DraftController.METHODS.stream().map(m -> new DraftView.Option(m, p.label("method.", m), f.has("methods", m))).toList();
    }

    private static Page titled(HttpRequest<?> request, String key, Form f) {
        Page p = Pages.page(request, key);
        return f.ok() ? p : Pages.titled(request, p.t("buyer.errorTitle") + " – " + p.title());
    }

    @Nullable
    private static String known(@Nullable String done) {
        return done != null && DONE.contains(done) ? done : null;
    }
}
