package org.maillage.directory.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An enterprise or an institution joined the directory. Carries what other services need to keep
 * their own copy: who it is, what it sells or buys, where, in which pilots, and whether it is active.
 *
 * @param kind   ENTERPRISE or INSTITUTION
 * @param status PENDING, ACTIVE or INACTIVE
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS) // a contract: every field present, empty lists included
public record OrganizationRegistered(
        UUID organizationId,
        String kind,
        String name,
        String status,
        List<String> categories,
        List<String> regions,
        List<UUID> pilots,
        Instant occurredAt) {

    /** A list left out by an older or lenient producer reads as empty, never as null. */
    public OrganizationRegistered {
        categories = categories == null ? List.of() : List.copyOf(categories);
        regions = regions == null ? List.of() : List.copyOf(regions);
        pilots = pilots == null ? List.of() : List.copyOf(pilots);
    }
}
