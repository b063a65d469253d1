package org.maillage.web.supplier;

import java.math.BigDecimal;
import java.util.List;

/**
 * Proof that a response was received: its number and the exact time the platform recorded it.
 *
 * @param number    the response's id and the time of this version, so a replaced response gets a new number
 * @param exactTime to the second, in Montréal time, saying so
 * @param instant   the same moment in UTC (ISO 8601), as the platform stores it
 */
public record Receipt(Heading heading, String number, String exactTime, String instant, BigDecimal price, String proposal,
                      List<String> links, boolean replaced) {
}
