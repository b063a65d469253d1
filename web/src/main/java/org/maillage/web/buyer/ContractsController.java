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
import org.maillage.web.api.Reference;
import org.maillage.web.site.Page;
import org.maillage.web.site.Pages;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The institution's contracts: direct purchases it records, contracts enterprises declared with it (confirmed or
 * rejected here), and each contract's life (start, amend, complete, terminate, cancel) with its history.
 */
@Controller("/buyer/contracts")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ContractsController {

    /** The API's names of the fields of a contract being recorded, to the form's. */
    private static final Map<String, String> RECORD_FIELDS = Map.of("title", "title", "supplierIds", "supplierId", "category",
            "category", "valueCad", "valueCad", "decisionUnitId", "decisionUnitId", "startsOn", "startsOn", "endsOn", "endsOn");
    private static final Set<String> DONE = Set.of("recorded", "confirmed", "rejected", "started", "amended", "completed", "terminated",
            "cancelled");

    private final Buyers buyers;
    private final BuyerApi api;
    private final Reference reference;

    public ContractsController(Buyers buyers, BuyerApi api, Reference reference) {
        this.buyers = buyers;
        this.api = api;
        this.reference = reference;
    }

    @Get("{?done}")
    public HttpResponse<?> list(HttpRequest<?> request, @Nullable @QueryValue String done) {
        Buyer me = buyers.require(request);
        Page p = Pages.page(request, "buyer.contracts.pageTitle");
        List<ContractsView.Item> awaiting = api.declared(me.token()).stream().map(this::item).toList();
        List<ContractsView.Item> all = api.contracts(me.token()).stream().map(this::item).toList();
        return HttpResponse.ok(Pages.render("buyer/contracts", p, new ContractsView(awaiting, all, known(done))));
    }

    @Get("/new")
    public HttpResponse<?> form(HttpRequest<?> request) {
        Buyer me = buyers.require(request);
        return newForm(request, me, Form.empty().set("decisionUnitId", me.decisionUnit()), HttpStatus.OK);
    }

    @Post(value = "/new", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> record(HttpRequest<?> request, @Body @Nullable String body) {
        Buyer me = buyers.require(request);
        Form f = Form.parse(body);
        Page p = Pages.page(request, "buyer.contracts.newTitle");
        for (String required : List.of("title", "supplierId", "category", "valueCad")) {
            if (f.value(required).isEmpty()) {
                f.error(required, p.t("buyer.error.required"));
            }
        }
        Map<String, Object> b = new HashMap<>();
        b.put("buyerId", me.organization().toString());
        b.put("supplierIds", f.optional("supplierId") == null ? List.of() : List.of(f.value("supplierId")));
        b.put("title", f.value("title"));
        b.put("category", f.value("category"));
        b.put("decisionUnitId", f.optional("decisionUnitId"));
        b.put("valueCad", Inputs.money(f, "valueCad", p));
        b.put("startsOn", Inputs.date(f, "startsOn", p));
        b.put("endsOn", Inputs.date(f, "endsOn", p));
        b.values().removeIf(Objects::isNull);
        Optional<BuyerApi.Contract> recorded = Inputs.answered(f, RECORD_FIELDS, () -> api.record(b, me.token()));
        if (recorded.isPresent()) {
            return HttpResponse.seeOther(URI.create("/buyer/contracts/" + recorded.get().id() + "?done=recorded"));
        }
        return newForm(request, me, f, HttpStatus.BAD_REQUEST);
    }

    @Get("/{id}{?done}")
    public HttpResponse<?> show(HttpRequest<?> request, UUID id, @Nullable @QueryValue String done) {
        Buyer me = buyers.require(request);
        return detail(request, me, api.contract(id, me.token()), known(done), Form.empty(), HttpStatus.OK);
    }

    @Post(value = "/{id}/{action}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> act(HttpRequest<?> request, UUID id, String action, @Body @Nullable String body) {
        Buyer me = buyers.require(request);
        Form f = Form.parse(body);
        Page p = Pages.page(request, "buyer.contracts.pageTitle");
        String base = "/api/contracts/" + id;
        Map<String, Object> sent = new HashMap<>();
        Map<String, String> fields = new HashMap<>();
        String path = base + "/status";
        String done;
        switch (action) {
            case "confirm" -> {
                path = base + "/confirm";
                done = "confirmed";
            }
            case "reject" -> {
                path = base + "/reject";
                reason(f, "rejectReason", sent, fields, p);
                done = "rejected";
            }
            case "start" -> {
                sent.put("status", "ACTIVE");
                done = "started";
            }
            case "complete" -> {
                sent.put("status", "COMPLETED");
                sent.put("finalValueCad", Inputs.money(f, "finalValue", p));
                fields.put("finalValueCad", "finalValue");
                done = "completed";
            }
            case "terminate", "cancel" -> {
                sent.put("status", "terminate".equals(action) ? "TERMINATED" : "CANCELLED");
                reason(f, action + "Reason", sent, fields, p);
                done = "terminate".equals(action) ? "terminated" : "cancelled";
            }
            case "amend" -> {
                path = base + "/amendments";
                reason(f, "amendReason", sent, fields, p);
                sent.put("valueCad", Inputs.money(f, "amendValue", p));
                sent.put("endsOn", Inputs.date(f, "amendEnds", p));
                fields.put("valueCad", "amendValue");
                fields.put("endsOn", "amendEnds");
                done = "amended";
            }
            default -> {
                return HttpResponse.notFound();
            }
        }
        sent.values().removeIf(Objects::isNull);
        String to = path;
        if (Inputs.accepted(f, fields, () -> api.act(to, sent, me.token()))) {
            return HttpResponse.seeOther(URI.create("/buyer/contracts/" + id + "?done=" + done));
        }
        return detail(request, me, api.contract(id, me.token()), null, f, HttpStatus.BAD_REQUEST);
    }

    private static void reason(Form f, String field, Map<String, Object> sent, Map<String, String> fields, Page p) {
        if (f.value(field).isEmpty()) {
            f.error(field, p.t("buyer.error.reason"));
        }
        sent.put("reason", f.value(field));
        fields.put("reason", field);
    }

    private HttpResponse<?> detail(HttpRequest<?> request, Buyer me, BuyerApi.Contract c, @Nullable String done, Form f, HttpStatus status) {
        Page p = Pages.titled(request, (f.ok() ? "" : Pages.page(request, "buyer.errorTitle").title() + " – ") + c.title());
        boolean mine = c.buyerId().equals(me.organization());
        boolean awaiting = mine && !c.confirmed() && "PENDING".equals(c.status())
                && api.declared(me.token()).stream().anyMatch(d -> d.id().equals(c.id()));
        return HttpResponse.status(status).body(Pages.render("buyer/contract", p,
                new ContractView(c, suppliers(c.supplierIds()), awaiting, mine, done, f, joint(me, c))));
    }

    /** An awarded joint response: its lead and partners with their roles, as the award made them suppliers. */
    private List<JointParties.Party> joint(Buyer me, BuyerApi.Contract c) {
        if (!"AWARD".equals(c.origin()) || c.opportunityId() == null || !c.buyerId().equals(me.organization())) {
            return List.of();
        }
        return api.responses(c.opportunityId(), me.token()).responses().stream().filter(r -> "AWARDED".equals(r.status())).findFirst()
                .map(r -> JointParties.of(r, id -> suppliers(List.of(id)))).orElse(List.of());
    }

    private HttpResponse<?> newForm(HttpRequest<?> request, Buyer me, Form f, HttpStatus status) {
        Page p = Pages.page(request, "buyer.contracts.newTitle");
        if (!f.ok()) {
            p = Pages.titled(request, p.t("buyer.errorTitle") + " – " + p.title());
        }
        List<DraftView.Option> suppliers = new ArrayList<>();
        for (UUID pilot : me.pilots()) {
            for (BuyerApi.Member m : api.members(pilot).items()) {
                if ("ENTERPRISE".equals(m.kind()) && suppliers.stream().noneMatch(s -> s.value().equals(m.organizationId().toString()))) {
                    suppliers.add(new DraftView.Option(m.organizationId().toString(), m.name(), m.organizationId().toString().equals(f.value("supplierId"))));
                }
            }
        }
        suppliers.sort(Comparator.comparing(DraftView.Option::label));
        Page lp = p;
        List<DraftView.Option> categories = reference.categories().entrySet().stream()
                .map(e -> new DraftView.Option(e.getKey(), e.getValue().in(lp.language()), e.getKey().equals(f.value("category")))).toList();
        List<DraftView.Option> units = api.institution(me.organization()).decisionUnits().stream()
                .map(u -> new DraftView.Option(u.id().toString(), u.name() + (u.thresholdCad() == null ? ""
                        : " (" + lp.t("buyer.contracts.threshold", lp.money(u.thresholdCad())) + ")"), u.id().toString().equals(f.value("decisionUnitId"))))
                .toList();
        return HttpResponse.status(status).body(Pages.render("buyer/contract-new", p, new NewContractView(f, suppliers, categories, units)));
    }

    private ContractsView.Item item(BuyerApi.Contract c) {
        return new ContractsView.Item(c, suppliers(c.supplierIds()));
    }

    private String suppliers(List<UUID> ids) {
        return ids.stream().map(id -> {
            String n = reference.organizationName(id, "ENTERPRISE");
            return n == null ? id.toString() : n;
        }).collect(Collectors.joining(", "));
    }

    @Nullable
    private static String known(@Nullable String done) {
        return done != null && DONE.contains(done) ? done : null;
    }
}
