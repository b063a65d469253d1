package org.maillage.web.info;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.List;

/** The pilots as the "about" page presents them. */
public record AboutView(List<Pilot> pilots) {

    public record Pilot(String name, @Nullable String coordination, String region, LocalDate startsOn, LocalDate endsOn, long members) {
    }
}
