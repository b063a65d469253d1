package org.maillage.directory.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The data of every event on {@link DirectoryTopics#ORGANIZATIONS} (registered, updated, deactivated):
 * the organization's whole public state after the change, so a consumer keeps its copy by upserting
 * the newest state, whatever order events arrive in. No personal data.
 *
 * @param kind            ENTERPRISE or INSTITUTION
 * @param status          PENDING, ACTIVE, INACTIVE, or REFUSED (an application a coordinator turned down: it never joined)
 * @param legalForm       enterprises only, e.g. WORKER_COOP, NON_PROFIT
 * @param institutionType institutions only, e.g. MUNICIPALITY, COLLEGE
 * @param commitmentContracts institutions only: how many contracts it committed to award in its pilot (added to v1, optional)
 * @param commitmentValue institutions only: worth how much in CAD (added to v1, optional)
 * @param occurredAt      when the change was committed; the newest state wins
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS) // a contract: every field present, empty lists included
public record OrganizationState(
        UUID organizationId,
        String kind,
        String name,
        List<String> otherNames,
        String status,
        @Nullable String legalForm,
        @Nullable String institutionType,
        List<String> categories,
        List<String> regions,
        List<UUID> pilots,
        List<DecisionUnit> decisionUnits,
        @Nullable Integer commitmentContracts,
        @Nullable BigDecimal commitmentValue,
        Instant occurredAt) {

    /**
     * A part of an institution that buys on its own: who to approach for what.
     *
     * @param retired it no longer buys (added to v1, false when absent): kept for what names it, never to be named anew
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record DecisionUnit(UUID id, String name, List<String> categories, @Nullable Boolean retired) {
        // a Boolean, not a boolean: an event published before the field existed has none, and a missing primitive
        // fails to decode (the consumer would dead-letter every older event)
        @Creator
        public DecisionUnit {
            categories = categories == null ? List.of() : List.copyOf(categories);
            retired = Boolean.TRUE.equals(retired);
        }

        public DecisionUnit(UUID id, String name, List<String> categories) {
            this(id, name, categories, false);
        }
    }

    /** A list left out by an older or lenient producer reads as empty, never as null. */
    public OrganizationState {
        otherNames = otherNames == null ? List.of() : List.copyOf(otherNames);
        categories = categories == null ? List.of() : List.copyOf(categories);
        regions = regions == null ? List.of() : List.copyOf(regions);
        pilots = pilots == null ? List.of() : List.copyOf(pilots);
        decisionUnits = decisionUnits == null ? List.of() : List.copyOf(decisionUnits);
    }
}
