package org.gridsafe.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** GB/T 4754-2017 codes: the levels, the section ranges and the shipped names. */
class IndustryCodeTest {

    @Test
    void aCodeMayStopAtTheDivisionOrTheGroup() {
        IndustryCode division = IndustryCode.parse("C30");
        IndustryCode group = IndustryCode.parse("C301");
        IndustryCode industryClass = IndustryCode.parse("C3011");

        assertThat(division.level()).isEqualTo(IndustryCodeLevel.DIVISION);
        assertThat(division.group()).isEmpty();
        assertThat(group.level()).isEqualTo(IndustryCodeLevel.GROUP);
        assertThat(group.group()).contains("301");
        assertThat(group.industryClass()).isEmpty();
        assertThat(industryClass.level()).isEqualTo(IndustryCodeLevel.CLASS);
        assertThat(industryClass.industryClass()).contains("3011");
        assertThat(industryClass.division()).isEqualTo("30");
        assertThat(industryClass.section()).isEqualTo('C');
        assertThat(industryClass.isSameOrUnder(division)).isTrue();
        assertThat(division.isSameOrUnder(industryClass)).isFalse();
        assertThat(division).isLessThan(group);
    }

    @Test
    void digitsAloneTakeTheSectionOfTheirDivision() {
        assertThat(IndustryCode.parse("3011")).isEqualTo(IndustryCode.parse("C3011"));
        assertThat(IndustryCode.parse("70").value()).isEqualTo("K70");
        assertThat(IndustryCode.parse("97").value()).isEqualTo("T97");
    }

    @Test
    void aDivisionOutsideItsSectionIsRefusedNamingTheRightSection() {
        assertThatThrownBy(() -> IndustryCode.parse("D3011"))
                .isInstanceOf(InvalidEntityValueException.class)
                .hasMessage("industryCode: division 30 is not in section D (divisions 44-46); it belongs to section C"
                        + " 制造业");
        assertThatThrownBy(() -> IndustryCode.parse("A98"))
                .hasMessage("industryCode: division 98 is not in section A (divisions 01-05); no section holds it");
        assertThatThrownBy(() -> IndustryCode.parse("00"))
                .hasMessage("industryCode: division 00 is in no section of GB/T 4754-2017 (01-97)");
    }

    @Test
    void malformedCodesNameThePositionAndTheRule() {
        assertThatThrownBy(() -> IndustryCode.parse("U01"))
                .hasMessage("industryCode: character 1 'U' is not a" + " section of GB/T 4754-2017 (A-T)");
        assertThatThrownBy(() -> IndustryCode.parse("c30"))
                .hasMessage("industryCode: character 1 'c' must be a" + " section letter A-T or a digit");
        assertThatThrownBy(() -> IndustryCode.parse("C3"))
                .hasMessage("industryCode: 'C3' must have 2 (大类), 3 (中类) or 4 (小类) digits after the section"
                        + " letter; found 1");
        assertThatThrownBy(() -> IndustryCode.parse("C30111")).hasMessageContaining("found 5");
        assertThatThrownBy(() -> IndustryCode.parse("C3O1"))
                .hasMessage("industryCode: character 3 'O' must be a" + " digit");
        assertThatThrownBy(() -> IndustryCode.parse(" ")).hasMessage("industryCode: must not be blank");
    }

    @Test
    void theCatalogShipsTwentySectionsAndNinetySevenDivisions() {
        IndustryCatalog catalog = IndustryCatalog.gbt4754_2017();

        assertThat(catalog.sections()).hasSize(20);
        assertThat(catalog.divisions()).hasSize(97);
        Map<Character, String> ranges = catalog.sections().stream()
                .collect(Collectors.toMap(IndustryCatalog.Section::letter, IndustryCatalog.Section::range));
        assertThat(ranges)
                .containsEntry('A', "01-05")
                .containsEntry('B', "06-12")
                .containsEntry('C', "13-43")
                .containsEntry('D', "44-46")
                .containsEntry('E', "47-50")
                .containsEntry('F', "51-52")
                .containsEntry('G', "53-60")
                .containsEntry('H', "61-62")
                .containsEntry('I', "63-65")
                .containsEntry('J', "66-69")
                .containsEntry('K', "70")
                .containsEntry('L', "71-72")
                .containsEntry('M', "73-75")
                .containsEntry('N', "76-79")
                .containsEntry('O', "80-82")
                .containsEntry('P', "83")
                .containsEntry('Q', "84-85")
                .containsEntry('R', "86-90")
                .containsEntry('S', "91-96")
                .containsEntry('T', "97");
        // Every division lies in its section, and every number 01-97 is a division.
        for (int d = 1; d <= 97; d++) {
            String code = String.format("%02d", d);
            IndustryCatalog.Division division = catalog.division(code).orElseThrow();
            assertThat(division.section().contains(code)).isTrue();
        }
        assertThat(catalog.division(IndustryCode.parse("C3110")))
                .map(IndustryCatalog.Division::zhName)
                .contains("黑色金属冶炼和压延加工业");
        assertThat(catalog.section('C').orElseThrow().evidence()).isEqualTo(Evidence.VERIFIED);
        assertThat(catalog.division("31").orElseThrow().evidence()).isEqualTo(Evidence.SECONDARY);
    }

    @Test
    void aMalformedCatalogFileNamesTheLineAndColumn() {
        String tsv = "section\tA\t01\t05\t农、林、牧、渔业\tagriculture\tverified\n"
                + "division\t06\tA\t煤炭开采和洗选业\tcoal\tsecondary\n";
        assertThatThrownBy(() -> IndustryCatalog.load(DataFile.read("test.tsv", new java.io.StringReader(tsv))))
                .hasMessage("test.tsv, line 2, column section letter: division 06 is not in section A (01-05)");
        String badEvidence = "section\tA\t01\t05\t农、林、牧、渔业\tagriculture\tsure\n";
        assertThatThrownBy(() -> IndustryCatalog.load(DataFile.read("test.tsv", new java.io.StringReader(badEvidence))))
                .hasMessageStartingWith("test.tsv, line 1, column evidence: evidence must be one of verified");
    }
}
