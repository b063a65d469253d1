package org.maillage.contracts.opportunity;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * A date and time as the API accepts it: with an offset ({@code Z}, {@code -05:00}) it is that instant;
 * without one it is Montréal local time, as a buyer reads a deadline on a notice.
 */
@Schema(type = "string", format = "date-time", example = "2027-02-15T12:00:00-05:00",
        description = "With an offset (Z, -05:00, +02:00) it is that instant; without one (2027-02-15T12:00) it is Montréal time. "
                + "/ Avec un décalage, c'est cet instant ; sans décalage, c'est l'heure de Montréal.")
public record MontrealDateTime(Instant instant) {

    /** What a person is told when a value cannot be read. */
    public static final String EXPECTED = "must be a date and time such as 2027-02-15T12:00 (Montréal time) or 2027-02-15T17:00:00Z"
            + " / date et heure attendues, p. ex. 2027-02-15T12:00 (heure de Montréal) ou 2027-02-15T17:00:00Z";

    public static MontrealDateTime parse(String text) {
        String value = text.strip();
        try {
            return new MontrealDateTime(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException withoutOffset) {
            return new MontrealDateTime(MontrealTime.toInstant(LocalDateTime.parse(value)));
        }
    }

    @Override
    public String toString() {
        return MontrealTime.show(instant);
    }
}
