package org.maillage.web.supplier;

import java.math.BigDecimal;
import java.util.List;

/**
 * Proof that a response was received: its number and the exact time the platform recorded it.
 *
 * @param number    the response's id and the time of this version, so a replaced response gets a new number
 * @param exactTime to the second, in Montréal time, saying so
 * @param instant   the same moment in UTC (ISO 8601), as the platform stores it
 * @param lead      my enterprise's name, which leads the response (a joint one included)
 * @param partners  the partner enterprises the response names, empty for a response of my enterprise alone
 * @param files     the current version of each file attached to the response
 */
public record Receipt(Heading heading, String number, String exactTime, String instant, BigDecimal price, String proposal,
                      List<String> links, boolean replaced, String lead, List<Partner> partners, List<File> files) {

    /** A file as received: its name, its size in words, its SHA-256 digest and when it was received (Montréal time). */
    public record File(String name, String size, String sha256, String received) {
    }

    /**
     * A partner of a joint response, as the platform stores it: the enterprise and whether it confirmed its part
     * (the platform keeps no share or role per partner: the lead's price and proposal cover the whole response).
     */
    public record Partner(String name, boolean confirmed) {
    }
}
