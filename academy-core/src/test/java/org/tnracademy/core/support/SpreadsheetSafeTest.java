package org.tnracademy.core.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetSafeTest {

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasBecomeText() {
        assertThat(SpreadsheetSafe.cell("=HYPERLINK(\"http://x.example\")")).isEqualTo("'=HYPERLINK(\"http://x.example\")");
        assertThat(SpreadsheetSafe.cell("+1")).isEqualTo("'+1");
        assertThat(SpreadsheetSafe.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(SpreadsheetSafe.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetSafe.cell("\t=1")).isEqualTo("'\t=1");
    }

    @Test
    void ordinaryCellsStayAsTheyAre() {
        assertThat(SpreadsheetSafe.cell("Alex Analyst")).isEqualTo("Alex Analyst");
        assertThat(SpreadsheetSafe.cell("85")).isEqualTo("85");
        assertThat(SpreadsheetSafe.cell("")).isEmpty();
        assertThat(SpreadsheetSafe.cell(null)).isNull();
    }
}
