package org.maillage.platform.security;

import io.micronaut.security.authentication.Authentication;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Who is calling, from a validated access token: the claims every object-level check needs.
 * Services read it from the token they validated themselves, never from a header.
 */
public record Caller(UUID accountId, String role, UUID organizationId, UUID decisionUnitId, List<UUID> pilots) {

    public static final String ORGANIZATION = "org";
    public static final String DECISION_UNIT = "unit";
    public static final String PILOTS = "pilots";

    public static Caller of(Authentication authentication) {
        Object org = authentication.getAttributes().get(ORGANIZATION);
        Object unit = authentication.getAttributes().get(DECISION_UNIT);
        Object pilots = authentication.getAttributes().get(PILOTS);
        return new Caller(UUID.fromString(authentication.getName()),
                authentication.getRoles().stream().findFirst().orElse(""),
                org == null ? null : UUID.fromString(org.toString()),
                unit == null ? null : UUID.fromString(unit.toString()),
                pilots instanceof Collection<?> c ? c.stream().map(Object::toString).map(UUID::fromString).toList() : List.of());
    }

    public boolean is(String aRole) {
        return role.equals(aRole);
    }

    public boolean belongsTo(UUID organization) {
        return organization != null && Objects.equals(organizationId, organization);
    }

    public boolean coordinates(UUID pilot) {
        return is(Roles.COORDINATOR) && pilots.contains(pilot);
    }
}
