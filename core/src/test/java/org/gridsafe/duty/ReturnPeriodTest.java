package org.gridsafe.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReturnPeriodTest {

    @Test
    void quarterlyReturnsAreDueOnTheFifteenthOfTheNextQuarterAndYearlyOnesOnThirtyFirstJanuary() {
        assertThat(ReturnPeriod.quarter(2026, 1).dueDate()).isEqualTo(LocalDate.parse("2026-04-15"));
        assertThat(ReturnPeriod.quarter(2026, 3).dueDate()).isEqualTo(LocalDate.parse("2026-10-15"));
        assertThat(ReturnPeriod.quarter(2026, 4).dueDate()).isEqualTo(LocalDate.parse("2027-01-15"));
        assertThat(ReturnPeriod.year(2026).dueDate()).isEqualTo(LocalDate.parse("2027-01-31"));
    }

    @Test
    void aReturnFiledOnItsDueDayIsOnTimeAndTheDayAfterIsLate() {
        ReturnPeriod q2 = ReturnPeriod.quarter(2026, 2);
        assertThat(q2.isLate(LocalDate.parse("2026-07-15"))).isFalse();
        assertThat(q2.isLate(LocalDate.parse("2026-07-16"))).isTrue();
        assertThat(q2.isOverdueOn(LocalDate.parse("2026-07-15"))).isFalse();
        assertThat(q2.isOverdueOn(LocalDate.parse("2026-07-16"))).isTrue();
    }

    @Test
    void readsWhatItWritesAndNamesTheFormsWhenItCannot() {
        assertThat(ReturnPeriod.parse("2026-Q3")).isEqualTo(ReturnPeriod.quarter(2026, 3));
        assertThat(ReturnPeriod.parse("2026")).isEqualTo(ReturnPeriod.year(2026));
        assertThatThrownBy(() -> ReturnPeriod.parse("2026-Q5"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2026-Q3");
        assertThatThrownBy(() -> ReturnPeriod.quarter(2026, 0)).hasMessageContaining("quarter 0");
    }

    @Test
    void theQuarterContainingADayHoldsItAndItsPredecessorEndsWhereItBegins() {
        qt().forAll(integers().between(0, 365 * 60)).checkAssert(offset -> {
            LocalDate day = LocalDate.parse("2000-01-01").plusDays(offset);
            ReturnPeriod q = ReturnPeriod.quarterContaining(day);
            assertThat(q.contains(day)).isTrue();
            assertThat(q.previous().endExclusive()).isEqualTo(q.firstDay());
            assertThat(q.previous()).isLessThan(q);
            assertThat(q.dueDate()).isAfter(q.endExclusive().minusDays(1));
            assertThat(ReturnPeriod.parse(q.toString())).isEqualTo(q);
            ReturnPeriod y = ReturnPeriod.year(day.getYear());
            assertThat(y.contains(day)).isTrue();
            assertThat(y.previous().endExclusive()).isEqualTo(y.firstDay());
        });
    }
}
