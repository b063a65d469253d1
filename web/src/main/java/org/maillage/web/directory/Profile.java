package org.maillage.web.directory;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An enterprise's or an institution's public profile, its codes already labelled in the page's language. */
public record Profile(String name, boolean institution, boolean active, List<String> otherNames, @Nullable String neq,
                      @Nullable String type, @Nullable String mission, List<String> categories, List<String> regions,
                      @Nullable String address, @Nullable String website, @Nullable String sizeBand, @Nullable String capacityNotes,
                      List<Certification> certifications, List<DecisionUnit> decisionUnits,
                      @Nullable Integer commitmentContracts, @Nullable BigDecimal commitmentValue) {

    public record Certification(String name, String issuer, @Nullable LocalDate expiresOn, boolean expired) {
    }

    public record DecisionUnit(String name, List<String> categories, @Nullable BigDecimal threshold, List<String> methods,
                               @Nullable String calendarNotes) {
    }
}
