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
import org.maillage.contracts.api.http.ContractStatus;
import org.maillage.contracts.api.http.ContractView;
import org.maillage.web.api.Reference;
import org.maillage.web.client.Listing;
import org.maillage.web.client.NotFound;
import org.maillage.web.member.Neighbours;
import org.maillage.web.session.Supplier;
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
 * My contracts, for an enterprise's account: those awarded to it or recorded with it; declaring one it obtained (the
 * institution, or the other enterprise, then confirms it); confirming or rejecting what another declared with it.
 * Plain forms, POST then redirect. Suppliers only (the {@link Supplier} parameter).
 */
@Controller("/supplier/contracts")
@ExecuteOn(TaskExecutors.BLOCKING)
public class SupplierContractsController {

    private static final Set<String> DONE = Set.of("declared", "confirmed", "rejected");
    /** The API's fields, as the declaration form names them. */
    private static final Map<String, String> DECLARED = Map.of("buyerId", "buyer", "supplierIds", "buyer", "title", "title",
            "category", "category", "valueCad", "value", "startsOn", "startsOn", "endsOn", "endsOn");
    private static final int MOST = 200;

    private final ContractsClient contracts;
    private final Neighbours neighbours;
    private final Reference reference;
    private final Forms forms;

    public SupplierContractsController(ContractsClient contracts, Neighbours neighbours, Reference reference, Forms forms) {
        this.contracts = contracts;
        this.neighbours = neighbours;
        this.reference = reference;
        this.forms = forms;
    }

    @Get("{?done}")
    public HttpResponse<?> list(HttpRequest<?> request, Supplier me, @Nullable @QueryValue String done) {
        return HttpResponse.ok(list(Pages.page(request, "contracts.title"), me, done != null && DONE.contains(done) ? done : null, null));
    }

    @Get("/new")
    public HttpResponse<?> form(HttpRequest<?> request, Supplier me) {
        return HttpResponse.ok(declaration(Pages.page(request, "contracts.new.title"), me, Form.blank()));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> declare(HttpRequest<?> request, Supplier me, @Body ContractDeclared input) {
        Page page = Pages.page(request, "contracts.new.title");
        Form<ContractDeclared> form = forms.check(input, page);
        UUID buyer = Values.id(form, "buyer", page, "contracts.error.buyer");
        BigDecimal value = Values.money(form, "value", page, "contracts.error.value");
        LocalDate startsOn = Values.date(form, "startsOn", page, "contracts.error.date");
        LocalDate endsOn = Values.date(form, "endsOn", page, "contracts.error.date");
        if (Forms.send(form, DECLARED, () -> contracts.record(new ContractForm(buyer, null, List.of(me.organization()),
                input.title().strip(), input.category(), value, startsOn, endsOn)))) {
            return HttpResponse.seeOther(URI.create("/supplier/contracts?done=declared"));
        }
        return HttpResponse.status(HttpStatus.BAD_REQUEST).body(declaration(page.withError(), me, form));
    }

    @Post(value = "/{id}/confirm", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> confirm(HttpRequest<?> request, Supplier me, UUID id) {
        Page page = Pages.page(request, "contracts.title");
        Form<ContractRejected> form = Form.<ContractRejected>blank().scoped(id.toString());
        if (Forms.send(form, Map.of(), () -> NotFound.unless(contracts.confirm(id)))) {
            return HttpResponse.seeOther(URI.create("/supplier/contracts?done=confirmed"));
        }
        // the API's refusal (already confirmed, no longer pending) is said beside the contract
        return HttpResponse.status(HttpStatus.BAD_REQUEST).body(list(page.withError(), me, null, new SupplierContracts.Rejection(id,
                beside(id, form))));
    }

    @Post(value = "/{id}/reject", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> reject(HttpRequest<?> request, Supplier me, UUID id, @Body ContractRejected input) {
        Page page = Pages.page(request, "contracts.title");
        Form<ContractRejected> form = forms.check(input, page).scoped(id.toString());
        if (Forms.send(form, Map.of("reason", "reason"), () -> NotFound.unless(contracts.reject(id, new ContractChangeForms.Rejection(input.reason().strip()))))) {
            return HttpResponse.seeOther(URI.create("/supplier/contracts?done=rejected"));
        }
        return HttpResponse.status(HttpStatus.BAD_REQUEST).body(list(page.withError(), me, null, new SupplierContracts.Rejection(id,
                beside(id, form))));
    }

    /** A refusal of the contract as a whole is shown beside its reason field, where the person is looking. */
    private static Form<ContractRejected> beside(UUID id, Form<ContractRejected> form) {
        if (form.errors().stream().allMatch(e -> e.field() != null)) {
            return form;
        }
        Form<ContractRejected> placed = Form.<ContractRejected>blank().scoped(id.toString());
        placed.set("reason", form.value("reason"));
        form.errors().forEach(e -> placed.error("reason", e.message()));
        return placed;
    }

    private Object list(Page p, Supplier me, @Nullable String done, @Nullable SupplierContracts.Rejection rejection) {
        List<ContractView> awaiting = contracts.declared().items();
        List<ContractView> mine = Listing.all(cursor -> contracts.mine(100, cursor), MOST);
        Set<UUID> awaitingIds = awaiting.stream().map(ContractView::id).collect(Collectors.toSet());
        Map<UUID, Neighbours.Organization> names = neighbours.of(me.organization());
        return Pages.render("contracts/supplier-list", p, new SupplierContracts.ListPage(
                awaiting.stream().map(c -> row(c, me, awaitingIds, names, p)).toList(),
                mine.stream().map(c -> row(c, me, awaitingIds, names, p)).toList(), done, rejection));
    }

    private static SupplierContracts.Row row(ContractView c, Supplier me, Set<UUID> awaiting, Map<UUID, Neighbours.Organization> names, Page p) {
        SupplierContracts.Standing state;
        String why = null;
        if (c.confirmed()) {
            state = SupplierContracts.Standing.CONFIRMED;
        } else if (c.status() == ContractStatus.CANCELLED) {
            state = SupplierContracts.Standing.REJECTED;
            why = c.history().isEmpty() ? null : c.history().get(c.history().size() - 1).reason();
        } else {
            state = awaiting.contains(c.id()) ? SupplierContracts.Standing.AWAITING_ME : SupplierContracts.Standing.AWAITING_OTHER;
        }
        List<String> suppliers = c.supplierIds().stream().map(s -> name(s, me, names, p)).toList();
        String buyer = name(c.buyerId(), me, names, p);
        // who confirms: the buyer when I am a supplier, else the suppliers (between enterprises, I bought)
        String counterpart = c.buyerId().equals(me.organization()) ? String.join(", ", suppliers) : buyer;
        return new SupplierContracts.Row(c.id(), c.title(), buyer, String.join(", ", suppliers), c.valueCad(), c.finalValueCad(), c.startsOn(), c.endsOn(),
                state, p.label("contracts.status.", c.status().name()), p.label("contracts.origin.", c.origin().name()), counterpart, why);
    }

    private static String name(UUID id, Supplier me, Map<UUID, Neighbours.Organization> names, Page p) {
        if (id.equals(me.organization())) {
            return p.t("contracts.us");
        }
        Neighbours.Organization o = names.get(id);
        // an organization that left my pilots is still a party; its name is no longer listed with them
        return o != null ? o.name() : p.t("contracts.unknown");
    }

    private Object declaration(Page p, Supplier me, Form<ContractDeclared> form) {
        List<Option> buyers = new ArrayList<>();
        neighbours.of(me.organization()).values().stream()
                .sorted(Comparator.comparing((Neighbours.Organization o) -> !o.institution()))
                .forEach(o -> buyers.add(new Option(o.id().toString(), o.name(), p.t(o.institution() ? "member.institutions" : "member.enterprises"))));
        List<Option> categories = new ArrayList<>();
        reference.categories().forEach((code, label) -> categories.add(new Option(code, label.in(p.language()))));
        return Pages.render("contracts/supplier-declare", p, new SupplierContracts.DeclarePage(form, buyers, categories));
    }
}
