package org.maillage.web.member;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import org.maillage.web.api.Api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The organizations that share a pilot with the signed-in person's own (GET /api/enterprises/{id} for its
 * pilots, then each pilot's public member list): whom a contract can be declared or a contact logged with,
 * and the names the pages show for identifiers.
 */
@Singleton
public class Neighbours {

    private static final int MEMBERS_PER_PILOT = 2000;

    private final Api api;

    public Neighbours(Api api) {
        this.api = api;
    }

    public record Organization(UUID id, String name, boolean institution) {
    }

    /** Every active member of my enterprise's pilots but my own, institutions first, each by name. */
    public Map<UUID, Organization> of(UUID me) {
        return around(me, enterprise(me).pilots());
    }

    /** The same, around an institution. */
    public Map<UUID, Organization> ofInstitution(UUID me) {
        return around(me, api.get("/api/institutions/" + me, Enterprise.class).pilots());
    }

    private Map<UUID, Organization> around(UUID me, List<Membership> pilots) {
        Map<UUID, Organization> all = new LinkedHashMap<>();
        for (Membership pilot : pilots) {
            api.all("/api/pilots/" + pilot.pilotId() + "/members", Member.class, MEMBERS_PER_PILOT).stream()
                    .filter(m -> !m.organizationId().equals(me) && "ACTIVE".equals(m.status()))
                    .forEach(m -> all.putIfAbsent(m.organizationId(), new Organization(m.organizationId(), m.name(), "INSTITUTION".equals(m.kind()))));
        }
        List<Organization> sorted = new ArrayList<>(all.values());
        sorted.sort(Comparator.comparing((Organization o) -> !o.institution()).thenComparing(Organization::name, String.CASE_INSENSITIVE_ORDER));
        Map<UUID, Organization> out = new LinkedHashMap<>();
        sorted.forEach(o -> out.put(o.id(), o));
        return out;
    }

    /** My enterprise's pilots (the first is where a profile's changes are recorded). */
    public List<UUID> pilots(UUID me) {
        return enterprise(me).pilots().stream().map(Membership::pilotId).toList();
    }

    private Enterprise enterprise(UUID me) {
        return api.get("/api/enterprises/" + me, Enterprise.class);
    }

    @Serdeable
    record Enterprise(UUID id, List<Membership> pilots) {
    }

    @Serdeable
    record Membership(UUID pilotId, @Nullable LocalDate joinedOn) {
    }

    @Serdeable
    record Member(UUID organizationId, String name, String kind, @Nullable String status) {
    }
}
