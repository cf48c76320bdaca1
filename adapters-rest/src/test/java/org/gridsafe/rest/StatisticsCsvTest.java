package org.gridsafe.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The CSV cell rules: RFC 4180 quoting, and names that a spreadsheet must not run as formulas. */
class StatisticsCsvTest {

    @Test
    void names_that_start_like_a_formula_are_made_inert() {
        assertThat(StatisticsCsv.text("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(StatisticsCsv.text("+1")).isEqualTo("'+1");
        assertThat(StatisticsCsv.text("-1")).isEqualTo("'-1");
        assertThat(StatisticsCsv.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(StatisticsCsv.text("\tx")).isEqualTo("'\tx");
        assertThat(StatisticsCsv.text("\rx")).isEqualTo("'\rx");
        assertThat(StatisticsCsv.text("\0x")).isEqualTo("'\0x");
        assertThat(StatisticsCsv.text("＝SUM(A1)")).as("full-width").isEqualTo("'＝SUM(A1)");
        assertThat(StatisticsCsv.text("＠x")).isEqualTo("'＠x");
    }

    @Test
    void ordinary_names_are_unchanged() {
        assertThat(StatisticsCsv.text("金桥社区")).isEqualTo("金桥社区");
        assertThat(StatisticsCsv.text("Fire-Rescue Bureau")).isEqualTo("Fire-Rescue Bureau");
        assertThat(StatisticsCsv.text("")).isEmpty();
    }

    @Test
    void cells_with_separators_are_quoted_as_rfc_4180_says() {
        assertThat(StatisticsCsv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(StatisticsCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(StatisticsCsv.cell("two\r\nlines")).isEqualTo("\"two\r\nlines\"");
        assertThat(StatisticsCsv.cell("plain")).isEqualTo("plain");
    }
}
