package org.maillage.reporting.dashboard;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** The OWASP CSV injection rule on single cells: text that a spreadsheet would run is made inert; numbers stay numbers. */
class CsvTablesTest {

    @Test
    void textStartingLikeAFormulaGetsAQuote() {
        for (String dangerous : new String[]{"=1+1", "+33", "-2", "@SUM(A1)", "\tx", "\rx"}) {
            assertThat(CsvTables.inert(dangerous)).isEqualTo("'" + dangerous);
        }
        assertThat(CsvTables.inert("Traiteur = bon")).isEqualTo("Traiteur = bon");
        assertThat(CsvTables.inert("")).isEqualTo("");
    }

    @Test
    void numbersStayNumbersEvenNegative() {
        assertThat(CsvTables.inert(new BigDecimal("-1500.25"))).isEqualTo(new BigDecimal("-1500.25"));
        assertThat(CsvTables.inert(-3L)).isEqualTo(-3L);
    }
}
