package org.gridsafe.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Licence types as data, published number formats, and a licence's validity window. */
class LicenceTest {

    private static final LicenceTypeCatalog TYPES = LicenceTypeCatalog.standard();
    private static final LocalDate ISSUED = LocalDate.of(2024, 3, 1);
    private static final LocalDate EXPIRES = LocalDate.of(2027, 2, 28);

    private static Licence safety(Optional<LocalDate> expires) {
        return new Licence(
                TYPES.require("SAFETY_PRODUCTION"), "2024-0001", "某省应急管理厅", Optional.of("危险化学品生产"), ISSUED, expires);
    }

    @Test
    void theCatalogShipsTheLicencesUnitsMustHold() {
        assertThat(TYPES.types())
                .extracting(LicenceType::id)
                .contains(
                        "SAFETY_PRODUCTION",
                        "HAZCHEM_OPERATION",
                        "HAZCHEM_SAFE_USE",
                        "HAZCHEM_REGISTRATION",
                        "FIREWORKS_WHOLESALE",
                        "FIREWORKS_RETAIL");
        assertThat(TYPES.require("SAFETY_PRODUCTION").validityYears()).contains(3);
        assertThat(TYPES.require("SAFETY_PRODUCTION").provenance().evidence()).isEqualTo(Evidence.VERIFIED);
        // Only the fireworks licences have a published number format.
        assertThat(TYPES.types())
                .filteredOn(t -> t.numberPattern().isPresent())
                .extracting(LicenceType::id)
                .containsExactlyInAnyOrder("FIREWORKS_WHOLESALE", "FIREWORKS_RETAIL");
        assertThatThrownBy(() -> TYPES.require("FIREWORKS"))
                .hasMessageStartingWith("type: unknown licence type 'FIREWORKS'; known: ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"(粤)LS〔2025〕03153", "(粤)LS(2025)03153", "（闽）LS〔2024〕1", "(黔)LS〔2026〕000017"})
    void retailFireworksNumbersInThePublishedFormatAreAccepted(String number) {
        assertThat(TYPES.require("FIREWORKS_RETAIL").numberProblem(number)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"(粤)PF〔2025〕03153", "粤LS〔2025〕03153", "(XX)LS〔2025〕03153", "(粤)LS〔25〕03153", "(粤)LS〔2025〕"})
    void retailFireworksNumbersOutsideTheFormatAreRefusedWithTheFormat(String number) {
        assertThatThrownBy(() -> new Licence(
                        TYPES.require("FIREWORKS_RETAIL"),
                        number,
                        "某县应急管理局",
                        Optional.empty(),
                        ISSUED,
                        Optional.of(EXPIRES)))
                .isInstanceOfSatisfying(
                        InvalidEntityValueException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                            assertThat(p.field()).isEqualTo("number");
                            assertThat(p.message())
                                    .contains("does not have the published number format of"
                                            + " 烟花爆竹经营（零售）许可证: (X1)LS〔X2〕X3");
                        }));
    }

    @Test
    void wholesaleNumbersUsePf() {
        assertThat(TYPES.require("FIREWORKS_WHOLESALE").numberProblem("(苏)PF〔2023〕0005"))
                .isEmpty();
        assertThat(TYPES.require("FIREWORKS_WHOLESALE").numberProblem("(苏)LS〔2023〕0005"))
                .isPresent();
    }

    @Test
    void typesWithoutAPublishedFormatAcceptAnyNumber() {
        assertThat(TYPES.require("HAZCHEM_OPERATION").numberProblem("whatever 123"))
                .isEmpty();
    }

    @Test
    void aLicenceExpiringBeforeItWasIssuedIsRefusedOnTheExpiresField() {
        assertThatThrownBy(() -> safety(Optional.of(ISSUED.minusDays(1))))
                .isInstanceOfSatisfying(
                        InvalidEntityValueException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(new FieldProblem(
                                        "expires",
                                        "2024-02-29 is before issued 2024-03-01; a licence cannot expire before it is"
                                                + " issued")));
        assertThat(safety(Optional.of(ISSUED)).expires()).contains(ISSUED);
    }

    @Test
    void everyMissingFieldIsReportedAtOnce() {
        assertThatThrownBy(() -> new Licence(null, " ", null, Optional.empty(), null, Optional.empty()))
                .isInstanceOfSatisfying(
                        InvalidEntityValueException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsExactly("type", "number", "issuer", "issued"));
    }

    @Test
    void expiryIsReportedWithinTheWindowAndNotOnceExpired() {
        Licence licence = safety(Optional.of(EXPIRES));
        Period window = Licence.DEFAULT_EXPIRY_WARNING;

        assertThat(window).isEqualTo(Period.ofDays(90));
        assertThat(licence.expiresWithin(window, EXPIRES.minusDays(91))).isFalse();
        assertThat(licence.expiresWithin(window, EXPIRES.minusDays(90))).isTrue();
        assertThat(licence.expiresWithin(window, EXPIRES)).isTrue();
        assertThat(licence.isExpiredOn(EXPIRES)).isFalse();
        assertThat(licence.isExpiredOn(EXPIRES.plusDays(1))).isTrue();
        assertThat(licence.expiresWithin(window, EXPIRES.plusDays(1))).isFalse();
        assertThat(licence.expiresWithin(Period.ofMonths(6), EXPIRES.minusMonths(5)))
                .isTrue();
        assertThat(licence.expiresWithin(Period.ZERO, EXPIRES)).isTrue();
        assertThatThrownBy(() -> licence.expiresWithin(Period.ofDays(-1), EXPIRES))
                .hasMessage("window: must not be negative; got P-1D");
    }

    @Test
    void aFilingWithoutExpiryNeverExpires() {
        Licence filing = new Licence(
                TYPES.require("PRECURSOR_FILING"), "备案-17", "某县公安局", Optional.empty(), ISSUED, Optional.empty());
        assertThat(filing.isExpiredOn(LocalDate.of(2099, 1, 1))).isFalse();
        assertThat(filing.expiresWithin(Period.ofYears(100), ISSUED)).isFalse();
    }

    @Test
    void aTypeWithABrokenPatternIsRefused() {
        assertThatThrownBy(() -> new LicenceType(
                        "X",
                        "某证",
                        "some licence",
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of("[unclosed"),
                        Optional.of("anything"),
                        Provenance.host("ours")))
                .hasMessageStartingWith("numberPattern: is not a valid regular expression");
        assertThatThrownBy(() -> new LicenceType(
                        "X",
                        "某证",
                        "some licence",
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of("[0-9]+"),
                        Optional.empty(),
                        Provenance.host("ours")))
                .hasMessageStartingWith("numberFormat: a number pattern needs its format in words");
    }

    @Test
    void whetherATypeNeedsAnOperationModeIsCatalogData() {
        LicenceTypeCatalog standard = LicenceTypeCatalog.standard();
        assertThat(standard.types().stream().filter(LicenceType::storageModeRequired))
                .extracting(LicenceType::id)
                .containsExactly("HAZCHEM_OPERATION");
        String row = "HOST_PERMIT\t主机许可\thost permit\t-\t-\t-\t-\thost\tthe host";
        LicenceTypeCatalog older = LicenceTypeCatalog.load("host.tsv", new java.io.StringReader(row + "\n"));
        assertThat(older.require("HOST_PERMIT").storageModeRequired()).isFalse();
        LicenceTypeCatalog newer = LicenceTypeCatalog.load("host.tsv", new java.io.StringReader(row + "\trequired\n"));
        assertThat(newer.require("HOST_PERMIT").storageModeRequired()).isTrue();
        assertThatThrownBy(() -> LicenceTypeCatalog.load("host.tsv", new java.io.StringReader(row + "\tyes\n")))
                .hasMessageContaining("host.tsv, line 1, column storage mode: 'yes' must be 'required' or '-'");

        LicenceType hazchem = standard.require("HAZCHEM_OPERATION");
        Licence without =
                new Licence(hazchem, "危化经字001", "市应急管理局", Optional.empty(), LocalDate.of(2024, 1, 1), Optional.empty());
        assertThat(without.requirementProblems())
                .singleElement()
                .satisfies(p -> assertThat(p.field()).isEqualTo("storageMode"));
        Licence with = new Licence(
                hazchem,
                "危化经字001",
                "市应急管理局",
                Optional.empty(),
                LocalDate.of(2024, 1, 1),
                Optional.empty(),
                Optional.of(LicenceStorageMode.WAREHOUSING),
                Optional.of(LicenceIssuerTier.PROVINCE));
        assertThat(with.requirementProblems()).isEmpty();
        assertThat(LicenceStorageMode.WITH_STORAGE.zhName()).isEqualTo("带储存");
        assertThat(LicenceStorageMode.WITHOUT_STORAGE.zhName()).isEqualTo("不带储存");
        assertThat(LicenceIssuerTier.COUNTY.zhName()).isEqualTo("县级");
    }
}
