package org.maillage.web.contact;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import org.maillage.web.api.ApiException;
import org.maillage.web.member.Errors;
import org.maillage.web.member.FormData;
import org.maillage.web.member.Inputs;
import org.maillage.web.member.Member;
import org.maillage.web.member.MemberApi;
import org.maillage.web.member.Neighbours;
import org.maillage.web.site.ErrorPages;
import org.maillage.web.site.Formats;
import org.maillage.web.site.Page;
import org.maillage.web.site.Pages;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A contact log, the same for either side of a relationship: each relationship with its history, a contact with its
 * chain of introductions, and logging a new one (possibly introduced by an earlier one). An enterprise's accounts
 * reach it at /supplier/contacts, an institution's buyers at /buyer/contacts; each side's controller says which.
 */
@Singleton
public class ContactLog {

    private static final int MOST = 500;
    private static final List<String> FIELDS = List.of("with", "unit", "occurredOn", "channel", "initiatedBy", "summary", "nextStep",
            "followUpOn", "introducedBy");
    private static final Map<String, String> INPUTS = Map.of("counterpartId", "with", "enterpriseId", "with", "decisionUnitId", "unit",
            "occurredOn", "occurredOn", "channel", "channel", "initiatedBy", "initiatedBy", "summary", "summary", "nextStep", "nextStep",
            "followUpOn", "followUpOn", "introducedByContactId", "introducedBy");

    private final MemberApi api;
    private final Neighbours neighbours;

    public ContactLog(MemberApi api, Neighbours neighbours) {
        this.api = api;
        this.neighbours = neighbours;
    }

    public HttpResponse<?> log(HttpRequest<?> request, ContactViews.Side side) {
        Member me = side.me();
        Page p = Pages.page(request, "contacts.title");
        List<ContactApi.Contact> all = api.list(me, "/api/contacts?limit=" + MOST, ContactApi.Contact.class);
        Map<UUID, List<ContactApi.Contact>> byOther = new LinkedHashMap<>();
        all.forEach(c -> byOther.computeIfAbsent(other(c, me), k -> new ArrayList<>()).add(c));
        LocalDate today = LocalDate.now(Formats.MONTREAL);
        List<ContactViews.Relationship> relationships = new ArrayList<>();
        byOther.forEach((id, contacts) -> {
            ContactApi.Contact last = contacts.stream().max(Comparator.comparing(ContactApi.Contact::occurredOn)).orElseThrow();
            LocalDate next = contacts.stream().map(ContactApi.Contact::followUpOn).filter(d -> d != null && !d.isBefore(today))
                    .min(Comparator.naturalOrder()).orElse(null);
            relationships.add(new ContactViews.Relationship(id, otherName(last, me), !"ENTERPRISE".equals(kindOfOther(last, me)),
                    contacts.size(), last.occurredOn(), next));
        });
        relationships.sort(Comparator.comparing(ContactViews.Relationship::last).reversed());
        List<ContactViews.Entry> due = all.stream().filter(c -> c.followUpOn() != null && !c.followUpOn().isAfter(today))
                .sorted(Comparator.comparing(ContactApi.Contact::followUpOn)).map(c -> entry(c, me, p, Map.of())).toList();
        return HttpResponse.ok(Pages.render("contact/log", p, new ContactViews.Log(side, relationships, due, today)));
    }

    public HttpResponse<?> history(HttpRequest<?> request, ContactViews.Side side, UUID org) {
        Member me = side.me();
        List<ContactApi.Contact> contacts = api.list(me, "/api/contacts?limit=" + MOST + "&with=" + org, ContactApi.Contact.class);
        if (contacts.isEmpty()) {
            return ErrorPages.page(request, HttpStatus.NOT_FOUND, "notFound");
        }
        String name = otherName(contacts.get(0), me);
        Page p = Pages.page(request, "contacts.history.title", name);
        Map<String, String> units = unitNames(side, around(side));
        return HttpResponse.ok(Pages.render("contact/history", p,
                new ContactViews.History(side, name, org, contacts.stream().map(c -> entry(c, me, p, units)).toList())));
    }

    public HttpResponse<?> detail(HttpRequest<?> request, ContactViews.Side side, UUID id, @Nullable String logged) {
        Member me = side.me();
        ContactApi.Contact c = api.get(me, "/api/contacts/" + id, ContactApi.Contact.class);
        Page p = Pages.page(request, "contacts.detail.title", otherName(c, me), new Formats(Pages.language(request)).date(c.occurredOn()));
        Map<UUID, Neighbours.Organization> around = around(side);
        Map<UUID, String> names = new HashMap<>();
        around.values().forEach(o -> names.put(o.id(), o.name()));
        names.put(c.enterpriseId(), c.enterpriseName());
        names.put(c.counterpartId(), c.counterpartName());
        List<ContactViews.Step> chain = new ArrayList<>();
        List<ContactApi.Link> before = c.chain() == null ? List.of() : c.chain();
        for (int i = before.size() - 1; i >= 0; i--) {
            chain.add(step(before.get(i), names, p, false));
        }
        chain.add(new ContactViews.Step(c.id(), c.occurredOn(), between(c.enterpriseId(), c.counterpartId(), names, p), true));
        List<ContactViews.Step> ledTo = (c.ledTo() == null ? List.<ContactApi.Link>of() : c.ledTo()).stream()
                .map(l -> step(l, names, p, false)).toList();
        return HttpResponse.ok(Pages.render("contact/detail", p, new ContactViews.Detail(side, entry(c, me, p, unitNames(side, around)), chain, ledTo, logged != null)));
    }

    public HttpResponse<?> form(HttpRequest<?> request, ContactViews.Side side, @Nullable String introducedBy, @Nullable String with) {
        Member me = side.me();
        Map<String, String> values = new HashMap<>();
        values.put("occurredOn", LocalDate.now(Formats.MONTREAL).toString());
        values.put("initiatedBy", "us");
        values.put("introducedBy", introducedBy == null ? "" : introducedBy);
        values.put("with", with == null ? "" : with);
        return HttpResponse.ok(newForm(request, side, values, new Errors()));
    }

    public HttpResponse<?> create(HttpRequest<?> request, ContactViews.Side side, String body) {
        Member me = side.me();
        FormData form = FormData.parse(body);
        Page p = Pages.page(request, "contacts.new.title");
        Map<String, String> values = new HashMap<>();
        FIELDS.forEach(f -> values.put(f, form.text(f)));
        Errors errors = new Errors();
        UUID with = Inputs.uuid(values.get("with"));
        if (with == null) {
            errors.add("with", p.t("contacts.error.with"));
        }
        LocalDate occurred = Inputs.date(values.get("occurredOn"));
        if (occurred == null) {
            errors.add("occurredOn", p.t("contacts.error.occurredOn"));
        }
        if (!ContactApi.CHANNELS.contains(values.get("channel"))) {
            errors.add("channel", p.t("contacts.error.channel"));
        }
        if (!List.of("us", "them").contains(values.get("initiatedBy"))) {
            errors.add("initiatedBy", p.t("contacts.error.initiatedBy"));
        }
        if (values.get("summary").isEmpty()) {
            errors.add("summary", p.t("contacts.error.summary"));
        }
        if (Inputs.badDate(values.get("followUpOn"))) {
            errors.add("followUpOn", p.t("contacts.error.date"));
        }
        if (!errors.any()) {
            try {
                // a contact is stored from the enterprise's side: an institution's buyer logs it with the enterprise first
                UUID enterprise = side.institution() ? with : me.organizationId();
                UUID counterpart = side.institution() ? me.organizationId() : with;
                ContactApi.Contact made = api.post(me, "/api/contacts", new ContactApi.NewContact(enterprise, counterpart,
                        Inputs.uuid(values.get("unit")), occurred, values.get("channel"),
                        "us".equals(values.get("initiatedBy")) ? me.organizationId() : with, values.get("summary"),
                        blankToNull(values.get("nextStep")), Inputs.date(values.get("followUpOn")), Inputs.uuid(values.get("introducedBy"))),
                        ContactApi.Contact.class);
                return HttpResponse.seeOther(URI.create(side.base() + "/" + made.id() + "?logged=1"));
            } catch (ApiException e) {
                if (e.status() != 400 && e.status() != 403 && e.status() != 409) {
                    throw e;
                }
                errors.addAll(e, INPUTS::get, "with");
            }
        }
        return HttpResponse.status(HttpStatus.BAD_REQUEST).body(newForm(request, side, values, errors));
    }

    private Object newForm(HttpRequest<?> request, ContactViews.Side side, Map<String, String> values, Errors errors) {
        Member me = side.me();
        Page p = Pages.page(request, errors.any() ? "contacts.new.errorTitle" : "contacts.new.title");
        List<Neighbours.Organization> counterparts = List.copyOf(around(side).values());
        Map<String, List<ContactViews.Unit>> units = new LinkedHashMap<>();
        // the unit met: an enterprise names the institution's; an institution's buyer names one of its own
        List<Neighbours.Organization> institutions = side.institution()
                ? List.of(new Neighbours.Organization(me.organizationId(), p.t("buyer.contacts.ourUnits"), true))
                : counterparts.stream().filter(Neighbours.Organization::institution).toList();
        for (Neighbours.Organization o : institutions) {
            List<ContactApi.Unit> us = institution(me, o.id()).decisionUnits();
            if (us != null && !us.isEmpty()) {
                units.put(o.name(), us.stream().map(u -> new ContactViews.Unit(u.id().toString(), u.name())).toList());
            }
        }
        List<ContactViews.Earlier> earlier = api.list(me, "/api/contacts?limit=" + MOST, ContactApi.Contact.class).stream()
                .map(c -> new ContactViews.Earlier(c.id().toString(), p.t("contacts.new.earlierLabel", p.date(c.occurredOn()),
                        otherName(c, me), shorten(c.summary())))).toList();
        List<String> channels = ContactApi.CHANNELS;
        return Pages.render("contact/new", p, new ContactViews.NewForm(side, values, counterparts, units, channels, earlier, errors));
    }

    /** Whom this side logs contacts with: an enterprise, every member of its pilots; an institution, their enterprises. */
    private Map<UUID, Neighbours.Organization> around(ContactViews.Side side) {
        if (!side.institution()) {
            return neighbours.of(side.me().organizationId());
        }
        Map<UUID, Neighbours.Organization> enterprises = new LinkedHashMap<>();
        neighbours.ofInstitution(side.me().organizationId()).forEach((id, o) -> {
            if (!o.institution()) {
                enterprises.put(id, o);
            }
        });
        return enterprises;
    }

    private ContactApi.Institution institution(Member me, UUID id) {
        return api.get(me, "/api/institutions/" + id, ContactApi.Institution.class);
    }

    /** The decision units that may have been met, by id: those of my pilots' institutions, or my own institution's. */
    private Map<String, String> unitNames(ContactViews.Side side, Map<UUID, Neighbours.Organization> around) {
        List<UUID> institutions = side.institution() ? List.of(side.me().organizationId())
                : around.values().stream().filter(Neighbours.Organization::institution).map(Neighbours.Organization::id).toList();
        Map<String, String> names = new HashMap<>();
        for (UUID o : institutions) {
            List<ContactApi.Unit> us = institution(side.me(), o).decisionUnits();
            (us == null ? List.<ContactApi.Unit>of() : us).forEach(u -> names.put(u.id().toString(), u.name()));
        }
        return names;
    }

    private ContactViews.Entry entry(ContactApi.Contact c, Member me, Page p, Map<String, String> units) {
        return new ContactViews.Entry(c.id(), c.occurredOn(), p.label("contacts.channel.", c.channel()), otherName(c, me), other(c, me),
                c.initiatedBy().equals(me.organizationId()), c.decisionUnitId() == null ? null : units.get(c.decisionUnitId().toString()),
                c.summary(), c.outcome(), c.nextStep(), c.followUpOn(), c.firstContact(), c.introducedByContactId());
    }

    private static ContactViews.Step step(ContactApi.Link l, Map<UUID, String> names, Page p, boolean current) {
        return new ContactViews.Step(l.id(), l.occurredOn(), between(l.enterpriseId(), l.counterpartId(), names, p), current);
    }

    private static String between(UUID a, UUID b, Map<UUID, String> names, Page p) {
        return p.t("contacts.between", names.getOrDefault(a, p.t("contacts.unknown")), names.getOrDefault(b, p.t("contacts.unknown")));
    }

    private static UUID other(ContactApi.Contact c, Member me) {
        return c.enterpriseId().equals(me.organizationId()) ? c.counterpartId() : c.enterpriseId();
    }

    private static String otherName(ContactApi.Contact c, Member me) {
        return c.enterpriseId().equals(me.organizationId()) ? c.counterpartName() : c.enterpriseName();
    }

    private static String kindOfOther(ContactApi.Contact c, Member me) {
        return c.enterpriseId().equals(me.organizationId()) ? c.counterpartKind() : "ENTERPRISE";
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 59) + "…";
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
