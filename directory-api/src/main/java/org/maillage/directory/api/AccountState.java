package org.maillage.directory.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An account after it was opened or changed: only what is needed to write to its person. Personal data
 * (the address), so it travels on {@link DirectoryTopics#ACCOUNTS} alone, and {@link AccountClosed} erases it.
 *
 * @param organizationId the enterprise or institution the person acts for; null for a coordinator
 * @param role           COORDINATOR, BUYER or SUPPLIER
 * @param language       fr or en: the language the person reads
 * @param pilots         the pilots a coordinator runs (whose weekly summary it receives); empty for others (added to
 *                       v1 as an optional field: absent in older events)
 * @param occurredAt     when the change was committed; the newest state wins
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AccountState(UUID accountId, @Nullable UUID organizationId, String role, String email, String language,
                           @Nullable List<UUID> pilots, Instant occurredAt) {

    public AccountState {
        pilots = pilots == null ? List.of() : List.copyOf(pilots);
    }
}
