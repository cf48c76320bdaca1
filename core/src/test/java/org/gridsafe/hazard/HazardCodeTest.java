package org.gridsafe.hazard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HazardCodeTest {

    @Test
    void aDetailCodeKnowsItsLevelAndItsAncestors() {
        HazardCode code = HazardCode.parse("210101");

        assertThat(code.value()).isEqualTo("210101");
        assertThat(code.level()).isEqualTo(HazardCodeLevel.DETAIL);
        assertThat(code.parent()).contains(HazardCode.parse("2101"));
        assertThat(code.parent().flatMap(HazardCode::parent)).contains(HazardCode.parse("21"));
        assertThat(HazardCode.parse("21").parent()).contains(HazardCode.parse("2"));
        assertThat(HazardCode.parse("2").parent()).isEmpty();
        assertThat(HazardCode.parse("2").level()).isEqualTo(HazardCodeLevel.CATEGORY);
        assertThat(HazardCode.parse("21").level()).isEqualTo(HazardCodeLevel.CLASS);
        assertThat(HazardCode.parse("2101").level()).isEqualTo(HazardCodeLevel.SUBCLASS);
    }

    @Test
    void ancestryIsByPrefixAtLevelBoundaries() {
        HazardCode detail = HazardCode.parse("210101");
        assertThat(HazardCode.parse("2").isSameOrAncestorOf(detail)).isTrue();
        assertThat(HazardCode.parse("2101").isSameOrAncestorOf(detail)).isTrue();
        assertThat(detail.isSameOrAncestorOf(detail)).isTrue();
        assertThat(HazardCode.parse("2102").isSameOrAncestorOf(detail)).isFalse();
        assertThat(detail.isSameOrAncestorOf(HazardCode.parse("2101"))).isFalse();
        assertThat(HazardCode.parse("1").isSameOrAncestorOf(detail)).isFalse();
    }

    @Test
    void otherCodesEndIn99() {
        assertThat(HazardCode.parse("1199").isOther()).isTrue();
        assertThat(HazardCode.parse("110199").isOther()).isTrue();
        assertThat(HazardCode.parse("1101").isOther()).isFalse();
    }

    @Test
    void codesSortEachAncestorBeforeItsDescendants() {
        assertThat(HazardCode.parse("2")).isLessThan(HazardCode.parse("21"));
        assertThat(HazardCode.parse("21")).isLessThan(HazardCode.parse("2101"));
        assertThat(HazardCode.parse("210199")).isLessThan(HazardCode.parse("2102"));
        assertThat(HazardCode.parse("2101")).isEqualTo(HazardCode.parse("2101")).hasToString("2101");
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "21a1   | hazard code \"21a1\": position 3 is 'a', not a digit 0-9",
                "2 01   | hazard code \"2 01\": position 2 is ' ', not a digit 0-9",
                "'２１' | hazard code \"２１\": position 1 is '２', not a digit 0-9",
                "210    | hazard code \"210\": 3 digits is not a hazard code level (1, 2, 4 or 6)",
                "21010  | hazard code \"21010\": 5 digits is not a hazard code level (1, 2, 4 or 6)",
                "2101011| hazard code \"2101011\": 7 digits is not a hazard code level (1, 2, 4 or 6)",
                "''     | hazard code \"\": 0 digits is not a hazard code level (1, 2, 4 or 6)",
                "5      | hazard code \"5\": position 1 (category) is '5'; categories are 1 人的因素, 2 物的因素,"
                        + " 3 环境因素, 4 管理因素",
                "0101   | hazard code \"0101\": position 1 (category) is '0'; categories are 1 人的因素, 2 物的因素,"
                        + " 3 环境因素, 4 管理因素",
                "20     | hazard code \"20\": position 2 (class) is '0'; classes are 1-9",
                "2100   | hazard code \"2100\": positions 3-4 (subclass) are '00'; subclasses are 01-99",
                "210001 | hazard code \"210001\": positions 3-4 (subclass) are '00'; subclasses are 01-99",
                "210100 | hazard code \"210100\": positions 5-6 (detail) are '00'; details are 01-99",
            })
    void invalidCodesAreRejectedNamingThePositionAndTheRule(String text, String message) {
        assertThatThrownBy(() -> HazardCode.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void levelsHaveDisplayNames() {
        assertThat(HazardCodeLevel.SUBCLASS.zhName()).isEqualTo("小类");
        assertThat(HazardCodeLevel.DETAIL.enName()).isEqualTo("detail");
        assertThat(HazardCodeLevel.CLASS.digits()).isEqualTo(2);
    }
}
