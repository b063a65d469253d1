package org.maillage.web.buyer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import org.maillage.web.api.Api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An institution's decision units and their people, with the signed-in buyer's token. */
@Singleton
public class UnitsApi {

    private static final int PEOPLE = 50;

    private final Api api;

    public UnitsApi(Api api) {
        this.api = api;
    }

    public List<Unit> units(Buyer me) {
        return api.get(path(me), Units.class, me.token()).items();
    }

    /** The institution's people (the API's first page is enough for the units' contacts). */
    public List<Person> people(Buyer me) {
        return api.get("/api/organizations/" + me.organization() + "/people?limit=" + PEOPLE, People.class, me.token()).items();
    }

    public void add(Buyer me, Map<String, Object> unit) {
        api.send(HttpRequest.POST(path(me), unit), null, me.token());
    }

    public void change(Buyer me, UUID unit, Map<String, Object> body) {
        api.exchange(HttpRequest.PUT(path(me) + "/" + unit, body), Argument.of(Unit.class), me.token());
    }

    public void retire(Buyer me, UUID unit) {
        api.send(HttpRequest.POST(path(me) + "/" + unit + "/retire", ""), null, me.token());
    }

    public void addPerson(Buyer me, Map<String, Object> person) {
        api.send(HttpRequest.POST("/api/organizations/" + me.organization() + "/people", person), null, me.token());
    }

    private static String path(Buyer me) {
        return "/api/institutions/" + me.organization() + "/decision-units";
    }

    @Serdeable
    public record Unit(UUID id, String name, List<String> categories, @Nullable BigDecimal thresholdCad, List<String> methods,
                       @Nullable String calendarNotes, @Nullable LocalDate retiredOn) {
    }

    @Serdeable
    record Units(List<Unit> items) {
    }

    @Serdeable
    public record Person(UUID id, @Nullable UUID decisionUnitId, String name, @Nullable String title, @Nullable String email,
                         @Nullable String phone) {
    }

    @Serdeable
    record People(List<Person> items) {
    }
}
