package org.maillage.contracts.opportunity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MontrealDateTimeTest {

    @Test
    void anOffsetIsKeptAndNoOffsetMeansMontreal() {
        assertThat(MontrealDateTime.parse("2027-02-15T12:00:00Z").instant()).isEqualTo(Instant.parse("2027-02-15T12:00:00Z"));
        assertThat(MontrealDateTime.parse("2027-02-15T12:00:00+02:00").instant()).isEqualTo(Instant.parse("2027-02-15T10:00:00Z"));
        assertThat(MontrealDateTime.parse("2027-07-15T12:00:00-05:00").instant()).isEqualTo(Instant.parse("2027-07-15T17:00:00Z"));
        // summer: Montréal is UTC-4
        assertThat(MontrealDateTime.parse("2027-07-15T12:00").instant()).isEqualTo(Instant.parse("2027-07-15T16:00:00Z"));
        assertThat(MontrealDateTime.parse(" 2027-02-15T12:00:30 ").instant()).isEqualTo(Instant.parse("2027-02-15T17:00:30Z"));
        assertThat(MontrealDateTime.parse("2027-02-15T12:00:00Z")).hasToString("2027-02-15T07:00:00-05:00");
    }

    @Test
    void somethingElseIsRefused() {
        assertThatThrownBy(() -> MontrealDateTime.parse("15/02/2027")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> MontrealDateTime.parse("2027-02-15")).isInstanceOf(DateTimeParseException.class);
    }
}
