package org.gridsafe.districtdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.gridsafe.SupervisedEntities;
import org.gridsafe.access.Actor;
import org.gridsafe.hazard.RiskLevel;
import org.gridsafe.registry.EntityId;
import org.gridsafe.registry.EntityQuery;
import org.gridsafe.registry.SupervisedEntity;
import org.junit.jupiter.api.Test;

/**
 * Entity files with problems get every problem reported at once, each with its file, row and
 * column, and nothing is written; valid files are applied whole, a dry run writes nothing, zh-CN
 * headers and GBK are read, and a second run changes nothing.
 */
class EntityFilesTest {

    private static final EntityData DATA = EntityData.withDefaults();
    private static final String UNITS_HEADER = "id,name,credit_code,address,longitude,latitude,sectors,scale,employees,"
            + "licences,supervision_class,risk_level\n";

    private static String unitLine(String id, String name, String code, double lon, String sectors, String licences) {
        return id + "," + name + "," + code + ",金桥路1号," + lon + ",31.02," + sectors + ",SMALL_MEDIUM,12," + licences
                + ",DISTRICT_FOUR_GRADES:GRADE_2,ORANGE\n";
    }

    private static DistrictFiles files(String units, String places) {
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        if (units != null) {
            files.put("production-units.csv", units.getBytes(StandardCharsets.UTF_8));
        }
        if (places != null) {
            files.put("places.csv", places.getBytes(StandardCharsets.UTF_8));
        }
        return DistrictFiles.of(files);
    }

    private static List<SupervisedEntity> all(SupervisedEntities entities) {
        return entities.search(SampleEntities.CENTER, EntityQuery.all());
    }

    @Test
    void everyProblemIsReportedWithFileRowAndColumnAndNothingIsWritten() {
        String good = SampleEntities.code(1).value();
        String bad = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
        String units = UNITS_HEADER
                + unitLine("PU-1", "好单位", good, 120.02, "GONGMAO_TEXTILE", "")
                + unitLine("PU-2", "坏代码", bad, 120.02, "GONGMAO_TEXTILE", "")
                + unitLine("PU-3", "无此行业", SampleEntities.code(3).value(), 120.02, "NO_SUCH_SECTOR", "")
                + unitLine("PU-4", "界外", SampleEntities.code(4).value(), 121.50, "OTHER", "")
                + unitLine(
                        "PU-5",
                        "过期早于发证",
                        SampleEntities.code(5).value(),
                        120.02,
                        "OTHER",
                        "SAFETY_PRODUCTION|X-1|省应急管理厅|2025-05-01|2024-04-30")
                + unitLine("PU-6", "重号", good, 120.02, "OTHER", "")
                + unitLine("PU-1", "重编号", SampleEntities.code(7).value(), 120.02, "OTHER", "");
        String places = "编号,场所名称,场所类型,地址,经度,纬度,经营单位编号,颜色\n" + "PL-1,小超市,NINE_SMALL,银桥街1号,120.03,31.03,PU-9,红\n";
        SupervisedEntities entities = SampleEntities.service();
        ImportReport report =
                DATA.importInto(files(units, places), entities, SampleEntities.CENTER, SampleEntities.TODAY, false);
        assertThat(report.applied()).isFalse();
        assertThat(report.problems())
                .extracting(Problem::toString)
                .anySatisfy(p -> assertThat(p)
                        .startsWith("production-units.csv, row 3, credit_code: ")
                        .contains("check"))
                .anySatisfy(p -> assertThat(p)
                        .startsWith("production-units.csv, row 4, sectors: ")
                        .contains("unknown sector NO_SUCH_SECTOR"))
                .anySatisfy(p -> assertThat(p)
                        .startsWith("production-units.csv, row 5, longitude: ")
                        .contains("outside every grid"))
                .anySatisfy(p -> assertThat(p)
                        .startsWith("production-units.csv, row 6, licences: ")
                        .contains("before issued"))
                .anySatisfy(p -> assertThat(p)
                        .startsWith("production-units.csv, row 7, credit_code: ")
                        .contains("already the code of PU-1"))
                .anySatisfy(p -> assertThat(p)
                        .startsWith("production-units.csv, row 8, id: ")
                        .contains("already the id of production-units.csv row 2"))
                .anySatisfy(p -> assertThat(p).startsWith("places.csv, row 1, 颜色: is not a column"));
        assertThat(all(entities)).isEmpty();

        // Without the stray header, the place's problems are its own: the kind lacks its type, the operator is unknown.
        String place = "编号,场所名称,场所类型,地址,经度,纬度,经营单位编号\n" + "PL-1,小超市,NINE_SMALL,银桥街1号,120.03,31.03,PU-9\n";
        ImportReport placeReport =
                DATA.importInto(files(null, place), entities, SampleEntities.CENTER, SampleEntities.TODAY, false);
        assertThat(placeReport.problems())
                .extracting(Problem::toString)
                .anySatisfy(p -> assertThat(p).startsWith("places.csv, row 2, nine_small_type: "));
        String typed = "编号,场所名称,场所类型,九小场所类型,地址,经度,纬度,经营单位编号\n" + "PL-1,小超市,九小场所,小商店,银桥街1号,120.03,31.03,PU-9\n";
        assertThat(DATA.importInto(files(null, typed), entities, SampleEntities.CENTER, SampleEntities.TODAY, false)
                        .problems())
                .extracting(Problem::toString)
                .containsExactly("places.csv, row 2, operator: no production unit PU-9 in the files or the registry");
        assertThat(all(entities)).isEmpty();
    }

    @Test
    void aDryRunReportsTheChangesAndWritesNothingThenTheImportAppliesThemAllAndAgainNothing() {
        String units = UNITS_HEADER
                + unitLine("PU-1", "金桥纺织", SampleEntities.code(1).value(), 120.02, "GONGMAO_TEXTILE", "")
                + unitLine(
                        "PU-2",
                        "银桥化工",
                        SampleEntities.code(2).value(),
                        120.07,
                        "HAZARDOUS_CHEMICALS",
                        "SAFETY_PRODUCTION|(苏)WH安许证字〔2024〕0123|江苏省应急管理厅|2024-03-01|2027-02-28|危险化学品生产");
        String places = "id,name,place_kind,nine_small_type,address,longitude,latitude,operator,sectors\n"
                + "PL-1,小超市,NINE_SMALL,SMALL_SHOP,银桥街1号,120.03,31.03,PU-1,FIRE_SAFETY\n";
        SupervisedEntities entities = SampleEntities.service();
        ImportReport dry =
                DATA.importInto(files(units, places), entities, SampleEntities.CENTER, SampleEntities.TODAY, true);
        assertThat(dry.problems()).isEmpty();
        assertThat(dry.applied()).isFalse();
        assertThat(dry.changes())
                .containsExactly(
                        "register PU-1 金桥纺织, risk level ORANGE",
                        "register PU-2 银桥化工, risk level ORANGE",
                        "register PL-1 小超市");
        assertThat(all(entities)).isEmpty();

        ImportReport applied =
                DATA.importInto(files(units, places), entities, SampleEntities.CENTER, SampleEntities.TODAY, false);
        assertThat(applied.applied()).isTrue();
        assertThat(all(entities)).hasSize(3);
        SupervisedEntity pu2 = entities.get(SampleEntities.CENTER, EntityId.of("PU-2"));
        assertThat(pu2.grid().grid()).isEqualTo(SampleEntities.MICRO_2);
        assertThat(pu2.riskLevel()).contains(RiskLevel.ORANGE);
        assertThat(pu2.latest(org.gridsafe.registry.AssessorKind.REGULATOR)
                        .orElseThrow()
                        .method())
                .isEqualTo(EntityData.IMPORTED_METHOD);
        assertThat(pu2.profile().licences().get(0).scope()).contains("危险化学品生产");

        assertThat(DATA.importInto(files(units, places), entities, SampleEntities.CENTER, SampleEntities.TODAY, false)
                        .changes())
                .isEmpty();
        String changed = units.replace("金桥纺织,", "金桥纺织有限公司,");
        assertThat(DATA.importInto(files(changed, null), entities, SampleEntities.CENTER, SampleEntities.TODAY, false)
                        .changes())
                .containsExactly("amend PU-1 金桥纺织有限公司");
        assertThat(entities.history(SampleEntities.CENTER, EntityId.of("PU-1"))).hasSize(3);
    }

    @Test
    void anActorMayImportOnlyWhatItMayRegisterAndGbkIsRead() {
        String units =
                UNITS_HEADER + unitLine("PU-1", "金桥纺织", SampleEntities.code(1).value(), 120.02, "GONGMAO_TEXTILE", "");
        Actor department = Actor.departmentOfficer("em-1", "应急执法员", org.gridsafe.duty.DepartmentId.of("emergency"));
        SupervisedEntities entities = SampleEntities.service();
        ImportReport refused = DATA.importInto(files(units, null), entities, department, SampleEntities.TODAY, false);
        assertThat(refused.problems())
                .extracting(Problem::toString)
                .singleElement()
                .satisfies(p -> assertThat(p)
                        .startsWith("production-units.csv, row 2: ")
                        .contains("may not register"));
        assertThat(all(entities)).isEmpty();

        Charset gbk = Charset.forName("GBK");
        DistrictFiles inGbk = DistrictFiles.of(Map.of("production-units.csv", units.getBytes(gbk)));
        ImportReport read =
                DATA.csvCharset(gbk).importInto(inGbk, entities, SampleEntities.CENTER, SampleEntities.TODAY, false);
        assertThat(read.problems()).isEmpty();
        assertThat(entities.get(SampleEntities.CENTER, EntityId.of("PU-1"))
                        .profile()
                        .name())
                .isEqualTo("金桥纺织");
    }

    @Test
    void noFileIsAProblem() {
        assertThat(DATA.read(DistrictFiles.of(Map.of())).problems())
                .extracting(Problem::toString)
                .singleElement()
                .satisfies(p -> assertThat(p).contains("production-units.csv, file: is missing"));
    }

    private static String manyUnits(int count) {
        StringBuilder units = new StringBuilder(UNITS_HEADER);
        for (int i = 1; i <= count; i++) {
            units.append(unitLine("PU-" + i, "单位" + i, SampleEntities.code(i).value(), 120.02, "GONGMAO_TEXTILE", ""));
        }
        return units.toString();
    }

    @Test
    void aLateBadRowStoresNothing() {
        String units =
                manyUnits(10) + unitLine("PU-11", "界外", SampleEntities.code(11).value(), 121.5, "OTHER", "");
        SupervisedEntities entities = SampleEntities.service();
        ImportReport report =
                DATA.importInto(files(units, null), entities, SampleEntities.CENTER, SampleEntities.TODAY, false);
        assertThat(report.applied()).isFalse();
        assertThat(report.problems())
                .extracting(Problem::toString)
                .singleElement()
                .satisfies(p -> assertThat(p).startsWith("production-units.csv, row 12, longitude: "));
        assertThat(all(entities)).isEmpty();
    }

    @Test
    void aCreditCodeAnotherWriterStoresAfterTheChecksRefusesTheWholeImport() {
        org.gridsafe.port.EntityRegistry store = new org.gridsafe.memory.InMemoryEntityRegistry();
        SupervisedEntities racer = SampleEntities.service(store);
        String racerFile = UNITS_HEADER
                + unitLine("PU-RACER", "抢先登记", SampleEntities.code(12).value(), 120.02, "OTHER", "");
        // Another writer stores the last row's credit code after the import checked its rows and
        // before its batch is written.
        org.gridsafe.port.EntityRegistry racing = new DelegatingRegistry(store) {
            @Override
            public void appendAll(List<org.gridsafe.registry.EntityDecision> batch) {
                assertThat(DATA.importInto(
                                        files(racerFile, null),
                                        racer,
                                        SampleEntities.CENTER,
                                        SampleEntities.TODAY,
                                        false)
                                .applied())
                        .isTrue();
                super.appendAll(batch);
            }
        };
        SupervisedEntities entities = SampleEntities.service(racing);
        String units = manyUnits(12);
        ImportReport report =
                DATA.importInto(files(units, null), entities, SampleEntities.CENTER, SampleEntities.TODAY, false);
        assertThat(report.applied()).isFalse();
        assertThat(report.problems())
                .extracting(Problem::toString)
                .singleElement()
                .satisfies(p -> assertThat(p)
                        .startsWith("production-units.csv, row 13, credit_code: ")
                        .contains("PU-RACER")
                        .contains("nothing was written"));
        assertThat(all(entities)).extracting(e -> e.id().value()).containsExactly("PU-RACER");
        assertThat(report.text()).contains("1 problem, nothing changed");
    }

    /** A registry passing every call on, for tests that step in between. */
    private static class DelegatingRegistry implements org.gridsafe.port.EntityRegistry {
        private final org.gridsafe.port.EntityRegistry delegate;

        DelegatingRegistry(org.gridsafe.port.EntityRegistry delegate) {
            this.delegate = delegate;
        }

        @Override
        public java.util.Optional<SupervisedEntity> find(EntityId id) {
            return delegate.find(id);
        }

        @Override
        public java.util.Optional<SupervisedEntity> findByCreditCode(org.gridsafe.entity.UnifiedSocialCreditCode code) {
            return delegate.findByCreditCode(code);
        }

        @Override
        public List<org.gridsafe.registry.RecordedEntityEvent> history(EntityId id) {
            return delegate.history(id);
        }

        @Override
        public void append(org.gridsafe.registry.EntityDecision decision) {
            delegate.append(decision);
        }

        @Override
        public void appendAll(List<org.gridsafe.registry.EntityDecision> batch) {
            delegate.appendAll(batch);
        }

        @Override
        public List<SupervisedEntity> search(EntityQuery query) {
            return delegate.search(query);
        }
    }

    @Test
    void aLicencesOperationModeAndIssuerTierAreReadInEnglishOrChineseAndAHazchemLicenceWithoutAModeIsRefused() {
        String hazchem = "HAZCHEM_OPERATION|苏园危化经字〔2024〕000045|市应急管理局|2024-01-15|2027-01-14|";
        String units = UNITS_HEADER
                + unitLine(
                        "PU-1", "仓储", SampleEntities.code(1).value(), 120.02, "HAZARDOUS_CHEMICALS", hazchem + "|仓储|市级")
                + unitLine(
                        "PU-2",
                        "加油站",
                        SampleEntities.code(2).value(),
                        120.02,
                        "HAZARDOUS_CHEMICALS",
                        hazchem + "汽油|WITH_STORAGE");
        SupervisedEntities entities = SampleEntities.service();
        ImportReport report =
                DATA.importInto(files(units, null), entities, SampleEntities.CENTER, SampleEntities.TODAY, false);
        assertThat(report.problems()).isEmpty();
        var pu1 = entities.get(SampleEntities.CENTER, EntityId.of("PU-1"))
                .profile()
                .licences()
                .get(0);
        assertThat(pu1.storageMode()).contains(org.gridsafe.entity.LicenceStorageMode.WAREHOUSING);
        assertThat(pu1.issuerTier()).contains(org.gridsafe.entity.LicenceIssuerTier.CITY);
        var pu2 = entities.get(SampleEntities.CENTER, EntityId.of("PU-2"))
                .profile()
                .licences()
                .get(0);
        assertThat(pu2.storageMode()).contains(org.gridsafe.entity.LicenceStorageMode.WITH_STORAGE);
        assertThat(pu2.issuerTier()).isEmpty();
        String exported = new String(
                DATA.export(entities, SampleEntities.CENTER, TableFormat.CSV)
                        .file("production-units.csv")
                        .orElseThrow(),
                StandardCharsets.UTF_8);
        assertThat(exported).contains(hazchem + "|WAREHOUSING|CITY").contains(hazchem + "汽油|WITH_STORAGE\"");

        String bad = UNITS_HEADER
                + unitLine("PU-3", "无方式", SampleEntities.code(3).value(), 120.02, "HAZARDOUS_CHEMICALS", hazchem)
                + unitLine(
                        "PU-4", "怪方式", SampleEntities.code(4).value(), 120.02, "HAZARDOUS_CHEMICALS", hazchem + "|大罐");
        ImportReport refused =
                DATA.importInto(files(bad, null), entities, SampleEntities.CENTER, SampleEntities.TODAY, false);
        assertThat(refused.problems())
                .extracting(Problem::toString)
                .anySatisfy(p -> assertThat(p)
                        .startsWith("production-units.csv, row 2, licences: licences[0].storageMode: is required for"
                                + " 危险化学品经营许可证"))
                .anySatisfy(p -> assertThat(p)
                        .startsWith("production-units.csv, row 3, licences: ")
                        .contains("'大罐' is not known"));
        assertThat(all(entities)).hasSize(2);
    }

    @Test
    void placeMeasuresAreReadUnderEitherHeaderAndAPlaceAboveTheProfileIsARowProblem() {
        SupervisedEntities entities = SampleEntities.service();
        String zh = "编号,场所名称,场所类型,九小场所类型,地址,经度,纬度,建筑面积,床位数,额定就餐人数,职工人数,所在楼层,位于综合体内\n"
                + "PL-1,小旅馆,NINE_SMALL,小旅馆,银桥街1号,120.03,31.03,400,50,,6,3,否\n";
        ImportReport ok =
                DATA.importInto(files(UNITS_HEADER, zh), entities, SampleEntities.CENTER, SampleEntities.TODAY, false);
        assertThat(ok.problems()).isEmpty();
        var hotel = (org.gridsafe.registry.Place)
                entities.get(SampleEntities.CENTER, EntityId.of("PL-1")).profile();
        assertThat(hotel.measures().beds()).contains(50);
        assertThat(hotel.measures().seats()).isEmpty();
        assertThat(hotel.measures().storey()).contains(3);
        assertThat(hotel.measures().insideComplex()).contains(false);
        assertThat(hotel.floorArea()).contains(400);

        String above = "id,name,place_kind,nine_small_type,address,longitude,latitude,floor_area,beds,storey\n"
                + "PL-2,大商店,NINE_SMALL,SMALL_SHOP,银桥街2号,120.03,31.03,350,,1\n"
                + "PL-3,大旅馆,NINE_SMALL,SMALL_HOTEL,银桥街3号,120.03,31.03,,51,1\n"
                + "PL-4,地下室,NINE_SMALL,SMALL_HOTEL,银桥街4号,120.03,31.03,,5,0\n";
        ImportReport refused = DATA.importInto(
                files(UNITS_HEADER, above), entities, SampleEntities.CENTER, SampleEntities.TODAY, false);
        assertThat(refused.problems())
                .extracting(Problem::toString)
                .containsExactlyInAnyOrder(
                        "places.csv, row 2, floor_area: floorArea 350 m² exceeds 300 m² for 小商店 under WIDELY_USED",
                        "places.csv, row 3, beds: beds 51 beds exceeds 50 beds for 小旅馆 under WIDELY_USED",
                        "places.csv, row 4, storey: must be between 1 and 300; got 0");
        assertThat(all(entities)).hasSize(1);
    }
}
