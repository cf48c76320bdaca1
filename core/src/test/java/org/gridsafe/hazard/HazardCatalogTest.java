package org.gridsafe.hazard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class HazardCatalogTest {

    private final HazardCatalog standard = HazardCatalog.standard();

    private static HazardCode code(String text) {
        return HazardCode.parse(text);
    }

    private static List<String> codes(List<HazardCatalog.Entry> entries) {
        return entries.stream().map(e -> e.code().value()).toList();
    }

    @Test
    void theStandardCatalogHasTheFourCategoriesAndTheirClasses() {
        assertThat(codes(standard.categories())).containsExactly("1", "2", "3", "4");
        assertThat(standard.require(code("1")).zhName()).isEqualTo("人的因素");
        assertThat(standard.require(code("4")).enName()).isEqualTo("management factors");
        assertThat(codes(standard.children(code("1")))).containsExactly("11", "12");
        assertThat(codes(standard.children(code("2")))).containsExactly("21", "22", "23");
        assertThat(codes(standard.children(code("3")))).containsExactly("31", "32", "33", "39");
        assertThat(codes(standard.children(code("4")))).containsExactly("41", "42", "43", "44", "45", "49");
    }

    @Test
    void theStandardCatalogHasTheSourcedSubclassesAndDetails() {
        assertThat(codes(standard.children(code("11"))))
                .containsExactly("1101", "1102", "1103", "1104", "1105", "1199");
        assertThat(codes(standard.children(code("1101")))).containsExactly("110101", "110102", "110103", "110199");
        assertThat(codes(standard.children(code("1105")))).containsExactly("110501", "110502", "110599");
        assertThat(codes(standard.children(code("12")))).containsExactly("1201", "1202", "1203", "1299");
        assertThat(codes(standard.children(code("1201")))).containsExactly("120101", "120102", "120199");
        assertThat(codes(standard.children(code("1202")))).containsExactly("120201", "120202", "120299");
        assertThat(codes(standard.children(code("21")))).containsExactly("2101", "2102", "2103", "2109");
        assertThat(codes(standard.children(code("2101"))))
                .containsExactly(
                        "210101", "210102", "210103", "210104", "210105", "210106", "210107", "210108", "210109",
                        "210110", "210111", "210199");
        assertThat(codes(standard.children(code("2102")))).containsExactly("210201", "210202");
        assertThat(standard.require(code("2101")).zhName()).isEqualTo("设备、设施、工具、附件缺陷");
        assertThat(standard.require(code("210199")).zhName()).isEqualTo("设备、设施、工具、附件其他缺陷");
        assertThat(standard.require(code("2103")).zhName()).isEqualTo("电危害");
        assertThat(standard.require(code("2109")).zhName()).isEqualTo("明火");
        assertThat(standard.children(code("210101"))).isEmpty();
    }

    @Test
    void everyEntrySaysHowWellItsCodeIsSourced() {
        assertThat(standard.require(code("2")).evidence()).isEqualTo(HazardCatalog.Evidence.CONFIRMED);
        assertThat(standard.require(code("2101")).evidence()).isEqualTo(HazardCatalog.Evidence.SECONDARY);
        for (String unconfirmed : List.of("22", "23", "31", "32", "33", "39", "41", "42", "43", "44", "45", "49")) {
            assertThat(standard.require(code(unconfirmed)).evidence())
                    .as(unconfirmed)
                    .isEqualTo(HazardCatalog.Evidence.UNCONFIRMED);
        }
        assertThat(standard.require(code("22")).source()).isEqualTo("GB/T 13861-2009");
    }

    @Test
    void everyEntrySaysWhetherItIsConfirmedAgainstThe2022TableAndWhereItWasRead() {
        List<String> confirmed = standard.entries().stream()
                .filter(HazardCatalog.Entry::confirmedIn2022)
                .map(e -> e.code().value())
                .toList();
        assertThat(confirmed).containsExactly("1", "2", "210199", "2103", "2109", "3", "4");
        for (HazardCatalog.Entry entry : standard.entries()) {
            assertThat(entry.citation()).as(entry.code().value()).containsAnyOf(".com", "quoted in a 2026-12 review");
            if (entry.source().equals("GB/T 13861-2009")) {
                assertThat(entry.confirmedIn2022()).as(entry.code().value()).isFalse();
            }
        }
        assertThat(standard.require(code("2101")).citation())
                .isEqualTo("max.book118.com/html/2024/0321/8047103136006047.shtm");
        assertThat(standard.withLocal(code("210150"), "燃气管道腐蚀", "corroded gas pipe")
                        .require(code("210150"))
                        .confirmedIn2022())
                .isFalse();
    }

    @Test
    void entriesAreInCodeOrderAndEveryParentIsPresent() {
        List<HazardCatalog.Entry> entries = standard.entries();
        assertThat(entries).hasSize(61);
        assertThat(entries).isSortedAccordingTo((a, b) -> a.code().compareTo(b.code()));
        for (HazardCatalog.Entry entry : entries) {
            entry.code()
                    .parent()
                    .ifPresent(p -> assertThat(standard.contains(p))
                            .as(entry.code().value())
                            .isTrue());
        }
    }

    @Test
    void anUnknownCodeIsRejectedNamingTheNearestKnownAncestor() {
        assertThat(standard.find(code("210188"))).isEmpty();
        assertThatThrownBy(() -> standard.require(code("210188")))
                .isInstanceOf(UnknownHazardCodeException.class)
                .hasMessage("hazard code 210188 is not in the catalog; nearest known ancestor is 2101 设备、设施、工具、附件缺陷")
                .satisfies(e -> {
                    UnknownHazardCodeException u = (UnknownHazardCodeException) e;
                    assertThat(u.code()).isEqualTo(code("210188"));
                    assertThat(u.nearestKnownAncestor().map(a -> a.code().value()))
                            .contains("2101");
                });
        assertThatThrownBy(() -> standard.require(code("3105")))
                .hasMessage("hazard code 3105 is not in the catalog; nearest known ancestor is 31 室内作业场所环境不良");
        assertThatThrownBy(() -> standard.require(code("2401")))
                .hasMessage("hazard code 2401 is not in the catalog; nearest known ancestor is 2 物的因素");
    }

    @Test
    void hostsAddLocalCodesUnderExistingOnes() {
        HazardCatalog local = standard.withLocal(code("210150"), "燃气管道腐蚀", "corroded gas pipe")
                .withLocal(code("3101"), "厂房通风不良", "poor ventilation in the workshop");

        assertThat(local.require(code("210150")))
                .isEqualTo(new HazardCatalog.Entry(
                        code("210150"),
                        "燃气管道腐蚀",
                        "corroded gas pipe",
                        "local",
                        HazardCatalog.Evidence.LOCAL,
                        false,
                        "local"));
        assertThat(codes(local.children(code("2101")))).contains("210111", "210150", "210199");
        assertThat(codes(local.children(code("31")))).containsExactly("3101");
        assertThat(standard.contains(code("210150")))
                .as("the standard catalog is unchanged")
                .isFalse();
    }

    @Test
    void aLocalCodeNeedsItsParentAndMustBeNew() {
        assertThatThrownBy(() -> standard.withLocal(code("310101"), "x", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("local hazard code 310101 needs its parent 3101 in the catalog;"
                        + " nearest known ancestor is 31 室内作业场所环境不良");
        assertThatThrownBy(() -> standard.withLocal(code("2101"), "x", "x"))
                .hasMessage("local hazard code 2101 is already in the catalog as 设备、设施、工具、附件缺陷 (GB/T 13861-2009)");
        assertThatThrownBy(() -> standard.withLocal(code("210150"), " ", "x"))
                .hasMessage("hazard catalog entry 210150: zhName is blank");
    }
}
