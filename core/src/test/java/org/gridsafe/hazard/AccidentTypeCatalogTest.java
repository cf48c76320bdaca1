package org.gridsafe.hazard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccidentTypeCatalogTest {

    private static final String GB_6441_2025 = "GB 6441-2025";

    @Test
    void gbt6441_1986HasTwentyTypesCoded01To20() {
        AccidentTypeCatalog catalog = AccidentTypeCatalog.gbt6441_1986();

        assertThat(catalog.editions()).containsExactly(AccidentTypeCatalog.GBT_6441_1986);
        List<AccidentType> types = catalog.types(AccidentTypeCatalog.GBT_6441_1986);
        assertThat(types).hasSize(20);
        for (int i = 0; i < 20; i++) {
            assertThat(types.get(i).code()).isEqualTo(String.format("%02d", i + 1));
            assertThat(types.get(i).edition()).isEqualTo("GB/T 6441-1986");
        }
        assertThat(catalog.find("GB/T 6441-1986", "01"))
                .contains(new AccidentType("GB/T 6441-1986", "01", "物体打击", "struck by an object"));
        assertThat(catalog.find("GB/T 6441-1986", "19").map(AccidentType::zhName))
                .contains("中毒和窒息");
        assertThat(catalog.find("GB/T 6441-1986", "20").map(AccidentType::zhName))
                .contains("其他伤害");
        assertThat(catalog.find("GB/T 6441-1986", "21")).isEmpty();
        assertThat(catalog.find(GB_6441_2025, "01")).isEmpty();
    }

    @Test
    void gb6441_2025HasTheTwentySevenTypesWithTheLibrarysOwnCodes() {
        AccidentTypeCatalog catalog = AccidentTypeCatalog.gb6441_2025();

        List<AccidentType> types = catalog.types(AccidentTypeCatalog.GB_6441_2025);
        assertThat(types).hasSize(27);
        for (int i = 0; i < 27; i++) {
            assertThat(types.get(i).code()).isEqualTo(String.format("GS%02d", i + 1));
        }
        assertThat(types.stream().map(AccidentType::zhName))
                .startsWith("物体打击", "厂(场)内车辆致害", "道路(轨道)车辆致害")
                .contains("跌落", "水害", "粉尘爆炸", "民用爆炸物品爆炸", "中毒", "窒息", "泄漏")
                .endsWith("其他事故")
                .doesNotHaveDuplicates();
        assertThat(AccidentTypeCatalog.standard().editions())
                .containsExactly(AccidentTypeCatalog.GBT_6441_1986, AccidentTypeCatalog.GB_6441_2025);
        assertThat(AccidentTypeCatalog.standard().types()).hasSize(47);
    }

    @Test
    void theAccidentDateChoosesTheEdition() {
        assertThat(AccidentTypeCatalog.editionFor(LocalDate.of(2026, 6, 30))).isEqualTo("GB/T 6441-1986");
        assertThat(AccidentTypeCatalog.editionFor(LocalDate.of(2026, 7, 1))).isEqualTo("GB 6441-2025");
        assertThat(AccidentTypeCatalog.editionFor(LocalDate.of(1999, 1, 1))).isEqualTo("GB/T 6441-1986");
        // 2026-06-30T16:00Z is 2026-07-01 00:00 in Beijing: the 2025 edition already applies.
        assertThat(AccidentTypeCatalog.editionFor(Instant.parse("2026-06-30T15:59:59Z")))
                .isEqualTo("GB/T 6441-1986");
        assertThat(AccidentTypeCatalog.editionFor(Instant.parse("2026-06-30T16:00:00Z")))
                .isEqualTo("GB 6441-2025");
        assertThat(AccidentTypeCatalog.standard().typesFor(LocalDate.of(2026, 7, 1)))
                .hasSize(27);
        assertThat(AccidentTypeCatalog.standard().typesFor(LocalDate.of(2026, 6, 1)))
                .hasSize(20);
    }

    @Test
    void aNewEditionIsLoadedAsDataAndCombinedWithTheOld() {
        AccidentTypeCatalog v2025 = AccidentTypeCatalog.load(
                GB_6441_2025,
                new StringReader("# codes unconfirmed, host's own table\n"
                        + "\n"
                        + "A01\t物体打击\tstruck by an object\n"
                        + "A02\t厂(场)内车辆致害\tin-plant vehicle injury\n"));
        AccidentTypeCatalog both = AccidentTypeCatalog.gbt6441_1986().plus(v2025);

        assertThat(both.editions()).containsExactly("GB/T 6441-1986", GB_6441_2025);
        assertThat(both.find(GB_6441_2025, "A02").map(AccidentType::zhName)).contains("厂(场)内车辆致害");
        assertThat(both.find(GB_6441_2025, "A02").map(AccidentType::edition)).contains(GB_6441_2025);
        assertThat(both.find("GB/T 6441-1986", "02").map(AccidentType::zhName)).contains("车辆伤害");
        assertThat(both.types()).hasSize(22);
        assertThat(AccidentTypeCatalog.combine(List.of(v2025)).types()).hasSize(2);
    }

    @Test
    void malformedLinesAreRejectedWithTheirLineNumber() {
        assertThatThrownBy(() -> AccidentTypeCatalog.load(GB_6441_2025, "# header\n01\t物体打击\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("accident types GB 6441-2025, line 2: expected 3 TAB-separated fields"
                        + " (code, zh-CN name, English name), found 2");
        assertThatThrownBy(() -> AccidentTypeCatalog.load(GB_6441_2025, "01\t物体打击\tstruck\n01\t触电\tshock\n"))
                .hasMessage("accident types GB 6441-2025, line 2: code 01 is already defined on line 1");
        assertThatThrownBy(() -> AccidentTypeCatalog.load(GB_6441_2025, "01\t\tstruck\n"))
                .hasMessage("accident types GB 6441-2025, line 1: accident type GB 6441-2025 01: zhName is blank");
        assertThatThrownBy(() -> AccidentTypeCatalog.load(GB_6441_2025, "0 1\t物体打击\tstruck\n"))
                .hasMessage("accident types GB 6441-2025, line 1: accident type code \"0 1\" contains whitespace");
        assertThatThrownBy(() -> AccidentTypeCatalog.load(GB_6441_2025, "# nothing\n\n"))
                .hasMessage("accident types GB 6441-2025: no accident types (only blank or comment lines)");
        assertThatThrownBy(() -> AccidentTypeCatalog.load(" ", "01\ta\tb\n"))
                .hasMessage("accident type edition is blank");
    }

    @Test
    void anEditionCannotBeCombinedTwice() {
        assertThatThrownBy(() -> AccidentTypeCatalog.gbt6441_1986().plus(AccidentTypeCatalog.gbt6441_1986()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("accident type edition GB/T 6441-1986 is given twice");
    }
}
