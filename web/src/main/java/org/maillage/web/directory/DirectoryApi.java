package org.maillage.web.directory;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** GET /api/organizations (search with facets), /api/enterprises/{id} and /api/institutions/{id}. */
final class DirectoryApi {

    private DirectoryApi() {
    }

    @Serdeable
    record SearchPage(List<Hit> items, long total, Facets facets, @Nullable String next) {
    }

    @Serdeable
    record Hit(UUID id, String kind, String name, @Nullable String legalForm, List<String> categories, List<String> regions) {
    }

    @Serdeable
    record Facets(List<Count> kinds, List<Count> categories, List<Count> regions, List<Count> legalForms) {
    }

    @Serdeable
    record Count(String code, long count) {
    }

    @Serdeable
    record Organization(UUID id, String kind, String legalName, @Nullable List<String> otherNames, @Nullable String neq, String status,
                        @Nullable String legalForm, @Nullable String institutionType, @Nullable String missionFr, @Nullable String missionEn,
                        List<String> categories, List<String> regions, @Nullable String address, @Nullable String website,
                        @Nullable String sizeBand, @Nullable String capacityNotes, @Nullable List<Certification> certifications,
                        @Nullable List<DecisionUnit> decisionUnits, @Nullable Commitment commitment) {
    }

    @Serdeable
    record Certification(String name, String issuer, @Nullable LocalDate expiresOn, boolean expired) {
    }

    @Serdeable
    record DecisionUnit(UUID id, String name, List<String> categories, @Nullable BigDecimal thresholdCad, List<String> methods,
                        @Nullable String calendarNotes) {
    }

    @Serdeable
    record Commitment(@Nullable Integer contracts, @Nullable BigDecimal valueCad) {
    }
}
