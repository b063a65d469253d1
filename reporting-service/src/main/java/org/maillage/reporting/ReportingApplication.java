package org.maillage.reporting;

import io.micronaut.runtime.Micronaut;

/** reporting-service: pilot statistics and open data, built only from the topics. */
public final class ReportingApplication {

    private ReportingApplication() {
    }

    public static void main(String[] args) {
        Micronaut.run(ReportingApplication.class, args);
    }
}
