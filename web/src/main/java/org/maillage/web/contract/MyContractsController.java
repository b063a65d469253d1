package org.maillage.web.contract;

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
import org.maillage.web.member.Errors;
import org.maillage.web.member.FormData;
import org.maillage.web.member.Inputs;
import org.maillage.web.member.Member;
import org.maillage.web.member.MemberApi;
import org.maillage.web.member.Neighbours;
import org.maillage.web.site.Page;
import org.maillage.web.site.Pages;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * My contracts, for an enterprise's account: those awarded to it or recorded with it; declaring one it
 * obtained (the institution, or the other enterprise, then confirms it); confirming or rejecting what another
 * declared with it. Plain forms, POST then redirect.
 */
@Controller("/supplier/contracts")
@ExecuteOn(TaskExecutors.BLOCKING)
public class MyContractsController {

    private static final Set<String> DONE = Set.of("declared", "confirmed", "rejected");
    private static final Map<String, String> INPUTS = Map.of("buyerId", "buyer", "supplierIds", "buyer", "title", "title",
            "category", "category", "valueCad", "value", "startsOn", "startsOn", "endsOn", "endsOn");

    private final MemberApi api;
    private final Neighbours neighbours;
    private final Reference reference;

    public MyContractsController(MemberApi api, Neighbours neighbours, Reference reference) {
        this.api = api;
        this.neighbours = neighbours;
        this.reference = reference;
    }

    @Get("{?done}")
    public HttpResponse<?> list(HttpRequest<?> request, @Nullable @QueryValue String done) {
        Member me = api.member(request, true);
        return HttpResponse.ok(render(request, me, done != null && DONE.contains(done) ? done : null, new Errors(), Map.of()));
    }

    @Get("/new")
    public HttpResponse<?> form(HttpRequest<?> request) {
        Member me = api.member(request, true);
        return HttpResponse.ok(declaration(request, me, Map.of(), new Errors()));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> declare(HttpRequest<?> request, @Body String body) {
        Member me = api.member(request, true);
        FormData form = FormData.parse(body);
        Page p = Pages.page(request, "contracts.new.title");
        Map<String, String> values = new HashMap<>();
        for (String f : List.of("buyer", "title", "category", "value", "startsOn", "endsOn")) {
            values.put(f, form.text(f));
        }
        Errors errors = new Errors();
        UUID buyer = Inputs.uuid(values.get("buyer"));
        if (buyer == null) {
            errors.add("buyer", p.t("contracts.error.buyer"));
        }
        if (values.get("title").isEmpty()) {
            errors.add("title", p.t("contracts.error.title"));
        }
        if (values.get("category").isEmpty()) {
            errors.add("category", p.t("contracts.error.category"));
        }
        BigDecimal value = Inputs.money(values.get("value"), p.language()).orElse(null);
        if (value == null) {
            errors.add("value", p.t("contracts.error.value"));
        }
        for (String d : List.of("startsOn", "endsOn")) {
            if (Inputs.badDate(values.get(d))) {
                errors.add(d, p.t("contracts.error.date"));
            }
        }
        if (!errors.any()) {
            try {
                api.post(me, "/api/contracts", new ContractApi.Declaration(buyer, List.of(me.organizationId()), values.get("title"),
                        values.get("category"), value, Inputs.date(values.get("startsOn")), Inputs.date(values.get("endsOn"))),
                        ContractApi.Contract.class);
                return HttpResponse.seeOther(URI.create("/supplier/contracts?done=declared"));
            } catch (ApiException e) {
                if (e.status() != 400 && e.status() != 409) {
                    throw e;
                }
                errors.addAll(e, INPUTS::get, "buyer");
            }
        }
        return HttpResponse.status(HttpStatus.BAD_REQUEST).body(declaration(request, me, values, errors));
    }

    @Post(value = "/{id}/confirm", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> confirm(HttpRequest<?> request, UUID id, @Body String body) {
        return answer(request, id, FormData.parse(body), true);
    }

    @Post(value = "/{id}/reject", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> reject(HttpRequest<?> request, UUID id, @Body String body) {
        return answer(request, id, FormData.parse(body), false);
    }

    private HttpResponse<?> answer(HttpRequest<?> request, UUID id, FormData form, boolean confirm) {
        Member me = api.member(request, true);
        Page p = Pages.page(request, "contracts.title");
        String reason = form.text("reason");
        Errors errors = new Errors();
        if (!confirm && reason.isEmpty()) {
            errors.add("reason-" + id, p.t("contracts.error.reason"));
        } else {
            try {
                if (confirm) {
                    api.post(me, "/api/contracts/" + id + "/confirm", Map.of(), ContractApi.Contract.class);
                } else {
                    api.post(me, "/api/contracts/" + id + "/reject", new ContractApi.Rejection(reason), ContractApi.Contract.class);
                }
                return HttpResponse.seeOther(URI.create("/supplier/contracts?done=" + (confirm ? "confirmed" : "rejected")));
            } catch (ApiException e) {
                if (e.status() != 400 && e.status() != 403 && e.status() != 409) {
                    throw e;
                }
                errors.addAll(e, f -> "reason-" + id, "reason-" + id);
            }
        }
        return HttpResponse.status(HttpStatus.BAD_REQUEST).body(render(request, me, null, errors, Map.of(id, reason)));
    }

    private Object render(HttpRequest<?> request, Member me, @Nullable String done, Errors errors, Map<UUID, String> reasons) {
        Page p = Pages.page(request, errors.any() ? "contracts.errorTitle" : "contracts.title");
        List<ContractApi.Contract> awaiting = api.list(me, "/api/contracts/declared", ContractApi.Contract.class);
        List<ContractApi.Contract> mine = api.list(me, "/api/contracts/mine?limit=200", ContractApi.Contract.class);
        Set<UUID> awaitingIds = awaiting.stream().map(ContractApi.Contract::id).collect(Collectors.toSet());
        Map<UUID, Neighbours.Organization> names = neighbours.of(me.organizationId());
        List<ContractList.Row> awaitingRows = awaiting.stream().map(c -> row(c, me, awaitingIds, names, p)).toList();
        List<ContractList.Row> allRows = mine.stream().map(c -> row(c, me, awaitingIds, names, p)).toList();
        return Pages.render("contract/list", p, new ContractList(awaitingRows, allRows, done, errors, reasons));
    }

    private ContractList.Row row(ContractApi.Contract c, Member me, Set<UUID> awaiting, Map<UUID, Neighbours.Organization> names, Page p) {
        String state;
        String why = null;
        if (c.confirmed()) {
            state = "CONFIRMED";
        } else if ("CANCELLED".equals(c.status())) {
            state = "REJECTED";
            List<ContractApi.Change> history = c.history() == null ? List.of() : c.history();
            why = history.isEmpty() ? null : history.get(history.size() - 1).reason();
        } else {
            state = awaiting.contains(c.id()) ? "AWAITING_ME" : "AWAITING_OTHER";
        }
        List<String> suppliers = c.supplierIds().stream().map(s -> name(s, me, names, p)).toList();
        String buyer = name(c.buyerId(), me, names, p);
        // who confirms: the buyer when I am a supplier, else the suppliers (between enterprises, I bought)
        String counterpart = c.buyerId().equals(me.organizationId()) ? String.join(", ", suppliers) : buyer;
        return new ContractList.Row(c.id(), c.title(), buyer, String.join(", ", suppliers), c.valueCad(), c.startsOn(), c.endsOn(), state,
                p.label("contracts.status.", c.status()), p.label("contracts.origin.", c.origin()), counterpart, why);
    }

    private String name(UUID id, Member me, Map<UUID, Neighbours.Organization> names, Page p) {
        if (id.equals(me.organizationId())) {
            return p.t("contracts.us");
        }
        Neighbours.Organization o = names.get(id);
        // an organization that left my pilots is still a party; its name is no longer listed with them
        return o != null ? o.name() : p.t("contracts.unknown");
    }

    private Object declaration(HttpRequest<?> request, Member me, Map<String, String> values, Errors errors) {
        Page p = Pages.page(request, errors.any() ? "contracts.new.errorTitle" : "contracts.new.title");
        List<DeclarationForm.Option> categories = new ArrayList<>();
        reference.categories().forEach((code, label) -> categories.add(new DeclarationForm.Option(code, label.in(p.language()))));
        return Pages.render("contract/declare", p, new DeclarationForm(new LinkedHashMap<>(values),
                List.copyOf(neighbours.of(me.organizationId()).values()), categories, errors));
    }
}
