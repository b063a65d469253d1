package org.maillage.directory.organization;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * The organization row. Its search columns (search_document, sort_name, search_keys) are left out: the
 * database function refresh_organization_search derives them (migrations V6, V7), never this code.
 * {@code version} counts changes but no write checks it, so it is a plain column, not a {@code @Version}.
 */
@MappedEntity("organization")
record OrganizationRow(
        @Id UUID id,
        String kind,
        String legalName,
        @TypeDef(type = DataType.STRING_ARRAY) String[] otherNames,
        @Nullable String neq,
        String status,
        @Nullable String legalForm,
        @Nullable String institutionType,
        @Nullable String missionFr,
        @Nullable String missionEn,
        @TypeDef(type = DataType.STRING_ARRAY) String[] categories,
        @TypeDef(type = DataType.STRING_ARRAY) String[] regions,
        @Nullable String address,
        @Nullable String website,
        @Nullable String sizeBand,
        @Nullable String capacityNotes,
        @Nullable Integer commitmentContracts,
        @Nullable BigDecimal commitmentValue,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    /** The same row after a change made at {@code now}. */
    OrganizationRow changed(String newStatus, String[] newCategories, Instant now) {
        return new OrganizationRow(id, kind, legalName, otherNames, neq, newStatus, legalForm, institutionType, missionFr, missionEn,
                newCategories, regions, address, website, sizeBand, capacityNotes, commitmentContracts, commitmentValue,
                createdAt, now, version + 1);
    }
}
