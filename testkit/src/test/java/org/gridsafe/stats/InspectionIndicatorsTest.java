package org.gridsafe.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridsafe.inspection.Inspection;
import org.gridsafe.inspection.InspectionEvent;
import org.gridsafe.inspection.InspectionId;
import org.gridsafe.inspection.InspectionOrigin;
import org.gridsafe.inspection.RecordedInspectionEvent;
import org.gridsafe.registry.EntityId;
import org.gridsafe.testkit.InspectionWorld;
import org.gridsafe.testkit.SampleDistrict;
import org.junit.jupiter.api.Test;

/**
 * Hand-counted inspection indicators: the cap violations a month adds, counted once over a year's
 * months, and the 两升's comparison with a rate that cannot be compared.
 */
class InspectionIndicatorsTest {

    private static Inspection inspection(String id, String entity, LocalDate day, int cap) {
        InspectionEvent.Opened opened = new InspectionEvent.Opened(
                EntityId.of(entity),
                "单位",
                SampleDistrict.JINQIAO_MICRO_1,
                Set.of("PRODUCTION_UNIT"),
                List.of(),
                Optional.of(entity),
                SampleDistrict.EMERGENCY,
                InspectionOrigin.PLAN,
                "",
                day,
                InspectionWorld.twoOfficers(),
                InspectionWorld.CHECKLIST,
                false,
                Optional.empty(),
                true,
                Optional.of(cap));
        return Inspection.replay(List.of(new RecordedInspectionEvent(
                InspectionId.of(id), 1, opened, "em-01", Instant.parse("2026-01-01T00:00:00Z"))));
    }

    private static Period month(int year, int month) {
        LocalDate first = LocalDate.of(year, month, 1);
        return new Period(
                first.atStartOfDay(SampleDistrict.ZONE).toInstant(),
                first.plusMonths(1).atStartOfDay(SampleDistrict.ZONE).toInstant());
    }

    @Test
    void theInspectionsBeyondTheCapCountInTheMonthsThatAddThemAndOnceOverTheYear() {
        // Cap 2: January's two are within it, March's is the third (one beyond), May's the fourth.
        List<Inspection> all = List.of(
                inspection("I-1", "E-1", LocalDate.of(2026, 1, 5), 2),
                inspection("I-2", "E-1", LocalDate.of(2026, 1, 20), 2),
                inspection("I-3", "E-1", LocalDate.of(2026, 3, 3), 2),
                inspection("I-4", "E-1", LocalDate.of(2026, 5, 9), 2),
                inspection("I-5", "E-2", LocalDate.of(2026, 3, 9), 2));
        long[] byMonth = new long[12];
        long sum = 0;
        for (int m = 1; m <= 12; m++) {
            byMonth[m - 1] = InspectionIndicators.of(
                            all, List.of(), Optional.empty(), month(2026, m), SampleDistrict.ZONE)
                    .capViolations();
            sum += byMonth[m - 1];
        }
        assertThat(byMonth).containsExactly(0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0);
        Period year = new Period(month(2026, 1).from(), month(2027, 1).from());
        InspectionIndicators whole =
                InspectionIndicators.of(all, List.of(), Optional.empty(), year, SampleDistrict.ZONE);
        assertThat(whole.capViolations()).isEqualTo(sum).isEqualTo(2);
        assertThat(whole.inspections()).isEqualTo(5);
        assertThat(whole.inspectionsPerEnterprise()).contains(new BigDecimal("2.50"));
        // Another subtree sees none of them.
        assertThat(InspectionIndicators.of(
                                all, List.of(), Optional.of(SampleDistrict.SHIHU_STREET), year, SampleDistrict.ZONE)
                        .inspections())
                .isZero();
    }

    @Test
    void aRateThatCannotBeComparedIsNotARise() {
        TwoIncreases.Figures now = new TwoIncreases.Figures(3, 2, 5, new Rate(1, 2));
        TwoIncreases.Figures before = new TwoIncreases.Figures(1, 1, 4, new Rate(0, 0));
        TwoIncreases.Figures lower = new TwoIncreases.Figures(1, 1, 4, new Rate(1, 4));
        Period p = month(2026, 11);
        TwoIncreases.Comparison none = TwoIncreases.Comparison.of(FourDecreases.Basis.YEAR_ON_YEAR, p, now, before);
        assertThat(none.rectification()).isEmpty();
        assertThat(none.allIncreased()).isFalse();
        TwoIncreases.Comparison rose = TwoIncreases.Comparison.of(FourDecreases.Basis.YEAR_ON_YEAR, p, now, lower);
        assertThat(rose.rectification().orElseThrow().change()).isEqualByComparingTo("25.00");
        assertThat(rose.allIncreased()).isTrue();
        assertThat(rose.onSiteInspections().percent()).contains(new BigDecimal("200.00"));
    }
}
