package org.maillage.web.contracts;

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
import org.maillage.contracts.api.http.ContractChangeForms;
import org.maillage.contracts.api.http.ContractForm;
import org.maillage.contracts.api.http.ContractOrigin;
import org.maillage.contracts.api.http.ContractStatus;
import org.maillage.contracts.api.http.ContractView;
import org.maillage.web.api.Reference;
import org.maillage.web.buyer.BuyerApi;
import org.maillage.web.buyer.JointParties;
import org.maillage.web.client.Listing;
import org.maillage.web.client.NotFound;
import org.maillage.web.session.Buyer;
import org.maillage.web.site.Page;
import org.maillage.web.site.Pages;
import org.maillage.web.site.form.Form;
import org.maillage.web.site.form.Forms;
import org.maillage.web.site.form.Option;
import org.maillage.web.site.form.Values;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The institution's contracts: direct purchases it records, contracts enterprises declared with it (confirmed or
 * rejected here), and each contract's life (start, amend, complete, terminate, cancel) with its history. Buyers only.
 */
@Controller("/buyer/contracts")
@ExecuteOn(TaskExecutors.BLOCKING)
public class BuyerContractsController {

    /** The API's names of the fields of a contract being recorded, to the form's. */
    private static final Map<String, String> RECORD_FIELDS = Map.of("title", "title", "supplierIds", "supplierId", "category",
            "category", "valueCad", "valueCad", "decisionUnitId", "decisionUnitId", "startsOn", "startsOn", "endsOn", "endsOn");
    private static final Set<String> DONE = Set.of("recorded", "confirmed", "rejected", "started", "amended", "completed", "terminated",
            "cancelled");
    private static final int MOST = 500;

    private final ContractsClient contracts;
    private final BuyerApi api;
    private final Reference reference;
    private final Forms forms;

    public BuyerContractsController(ContractsClient contracts, BuyerApi api, Reference reference, Forms forms) {
        this.contracts = contracts;
        this.api = api;
        this.reference = reference;
        this.forms = forms;
    }

    @Get("{?done}")
    public HttpResponse<?> list(HttpRequest<?> request, Buyer me, @Nullable @QueryValue String done) {
        Page p = Pages.page(request, "buyer.contracts.pageTitle");
        List<BuyerContracts.Item> awaiting = contracts.declared().items().stream().map(this::item).toList();
        List<BuyerContracts.Item> all = Listing.all(cursor -> contracts.mine(100, cursor), MOST).stream().map(this::item).toList();
        return HttpResponse.ok(Pages.render("contracts/buyer-list", p, new BuyerContracts.ListPage(awaiting, all, known(done))));
    }

    @Get("/new")
    public HttpResponse<?> form(HttpRequest<?> request, Buyer me) {
        Form<DirectPurchase> form = Form.<DirectPurchase>blank().set("decisionUnitId", me.decisionUnit());
        return newForm(Pages.page(request, "buyer.contracts.newTitle"), me, form, HttpStatus.OK);
    }

    @Post(value = "/new", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> record(HttpRequest<?> request, Buyer me, @Body DirectPurchase input) {
        Page p = Pages.page(request, "buyer.contracts.newTitle");
        Form<DirectPurchase> f = forms.check(input, p);
        UUID supplier = Values.id(f, "supplierId", p, "buyer.error.required");
        UUID unit = Values.id(f, "decisionUnitId", p, "buyer.error.required");
        BigDecimal value = Values.money(f, "valueCad", p, "buyer.error.money");
        LocalDate startsOn = Values.date(f, "startsOn", p, "buyer.error.date");
        LocalDate endsOn = Values.date(f, "endsOn", p, "buyer.error.date");
        var recorded = Forms.answer(f, RECORD_FIELDS, () -> contracts.record(new ContractForm(me.organization(), unit,
                List.of(supplier), input.title().strip(), input.category(), value, startsOn, endsOn)));
        if (recorded.isPresent()) {
            return HttpResponse.seeOther(URI.create("/buyer/contracts/" + recorded.get().id() + "?done=recorded"));
        }
        return newForm(p.withError(), me, f, HttpStatus.BAD_REQUEST);
    }

    @Get("/{id}{?done}")
    public HttpResponse<?> show(HttpRequest<?> request, Buyer me, UUID id, @Nullable @QueryValue String done) {
        return detail(request, me, NotFound.unless(contracts.show(id)), known(done), Form.blank(), HttpStatus.OK);
    }

    @Post(value = "/{id}/{action}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> act(HttpRequest<?> request, Buyer me, UUID id, String action, @Body ContractChange input) {
        Page p = Pages.page(request, "buyer.contracts.pageTitle");
        Form<ContractChange> f = forms.check(input, p);
        Action a = switch (action) {
            case "confirm" -> new Action("confirmed", Map.of(), () -> NotFound.unless(contracts.confirm(id)));
            case "reject" -> {
                String reason = reason(f, "rejectReason", p);
                yield new Action("rejected", Map.of("reason", "rejectReason"),
                        () -> NotFound.unless(contracts.reject(id, new ContractChangeForms.Rejection(reason))));
            }
            case "start" -> new Action("started", Map.of(), () -> NotFound.unless(contracts.changeStatus(id, status(ContractStatus.ACTIVE, null, null))));
            case "complete" -> {
                BigDecimal last = Values.money(f, "finalValue", p, "buyer.error.money");
                yield new Action("completed", Map.of("finalValueCad", "finalValue"),
                        () -> NotFound.unless(contracts.changeStatus(id, status(ContractStatus.COMPLETED, null, last))));
            }
            case "terminate", "cancel" -> {
                boolean terminate = "terminate".equals(action);
                String reason = reason(f, action + "Reason", p);
                yield new Action(terminate ? "terminated" : "cancelled", Map.of("reason", action + "Reason"), () -> NotFound.unless(contracts.changeStatus(id,
                        status(terminate ? ContractStatus.TERMINATED : ContractStatus.CANCELLED, reason, null))));
            }
            case "amend" -> {
                String reason = reason(f, "amendReason", p);
                BigDecimal value = Values.money(f, "amendValue", p, "buyer.error.money");
                LocalDate endsOn = Values.date(f, "amendEnds", p, "buyer.error.date");
                yield new Action("amended", Map.of("reason", "amendReason", "valueCad", "amendValue", "endsOn", "amendEnds"),
                        () -> NotFound.unless(contracts.amend(id, new ContractChangeForms.Amendment(reason, value, endsOn))));
            }
            default -> null;
        };
        if (a == null) {
            return HttpResponse.notFound();
        }
        if (Forms.send(f, a.fields(), a.call())) {
            return HttpResponse.seeOther(URI.create("/buyer/contracts/" + id + "?done=" + a.done()));
        }
        return detail(request, me, NotFound.unless(contracts.show(id)), null, f, HttpStatus.BAD_REQUEST);
    }

    /** One of the page's forms: what it did (for the banner), the API's fields to the form's, and the call. */
    private record Action(String done, Map<String, String> fields, Runnable call) {
    }

    private static ContractChangeForms.StatusChange status(ContractStatus to, @Nullable String reason, @Nullable BigDecimal finalValue) {
        return new ContractChangeForms.StatusChange(to.name(), reason, finalValue);
    }

    /** A reason the action needs: said beside its field when blank. */
    private static String reason(Form<ContractChange> f, String field, Page p) {
        if (f.value(field).isEmpty()) {
            f.error(field, p.t("buyer.error.reason"));
        }
        return f.value(field);
    }

    private HttpResponse<?> detail(HttpRequest<?> request, Buyer me, ContractView c, @Nullable String done, Form<ContractChange> f,
                                   HttpStatus status) {
        Page p = Pages.titled(request, c.title());
        if (!f.ok()) {
            p = p.withError();
        }
        boolean mine = c.buyerId().equals(me.organization());
        boolean awaiting = mine && !c.confirmed() && c.status() == ContractStatus.PENDING
                && contracts.declared().items().stream().anyMatch(d -> d.id().equals(c.id()));
        return HttpResponse.status(status).body(Pages.render("contracts/buyer-contract", p,
                new BuyerContracts.DetailPage(c, suppliers(c.supplierIds()), awaiting, mine, done, f, joint(me, c))));
    }

    /** An awarded joint response: its lead and partners with their roles, as the award made them suppliers. */
    private List<JointParties.Party> joint(Buyer me, ContractView c) {
        if (c.origin() != ContractOrigin.AWARD || c.opportunityId() == null || !c.buyerId().equals(me.organization())) {
            return List.of();
        }
        return api.responses(c.opportunityId(), me.visitor().token()).responses().stream().filter(r -> "AWARDED".equals(r.status())).findFirst()
                .map(r -> JointParties.of(r, id -> suppliers(List.of(id)))).orElse(List.of());
    }

    private HttpResponse<?> newForm(Page p, Buyer me, Form<DirectPurchase> f, HttpStatus status) {
        List<Option> suppliers = new ArrayList<>();
        for (UUID pilot : me.pilots()) {
            for (BuyerApi.Member m : api.members(pilot).items()) {
                if ("ENTERPRISE".equals(m.kind()) && suppliers.stream().noneMatch(s -> s.value().equals(m.organizationId().toString()))) {
                    suppliers.add(new Option(m.organizationId().toString(), m.name()));
                }
            }
        }
        suppliers.sort(Comparator.comparing(Option::label));
        List<Option> categories = reference.categories().entrySet().stream()
                .map(e -> new Option(e.getKey(), e.getValue().in(p.language()))).toList();
        List<Option> units = api.institution(me.organization()).decisionUnits().stream()
                .map(u -> new Option(u.id().toString(), u.name() + (u.thresholdCad() == null ? ""
                        : " (" + p.t("buyer.contracts.threshold", p.money(u.thresholdCad())) + ")"))).toList();
        return HttpResponse.status(status).body(Pages.render("contracts/buyer-new", p, new BuyerContracts.NewPage(f, suppliers, categories, units)));
    }

    private BuyerContracts.Item item(ContractView c) {
        return new BuyerContracts.Item(c, suppliers(c.supplierIds()));
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
