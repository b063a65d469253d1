package org.maillage.directory.organization;

import java.time.ZoneId;

/** Dates people see (joined on, expires on) are Montréal dates, whatever the server's zone. */
final class Clocks {

    static final ZoneId MONTREAL = ZoneId.of("America/Montreal");

    private Clocks() {
    }
}
