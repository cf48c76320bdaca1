package org.gridsafe.districtdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One import of files with many faults reports every one of them, each with file, place and column. */
class BrokenFilesTest {

    private static String feature(String code, String name, String level, String geometry) {
        return "{\"type\":\"Feature\",\"properties\":{\"code\":\"" + code + "\",\"name\":\"" + name + "\""
                + (level == null ? "" : ",\"level\":\"" + level + "\"") + "},\"geometry\":" + geometry + "}";
    }

    private static String box(double w, double s, double e, double n) {
        return "{\"type\":\"Polygon\",\"coordinates\":[[[" + w + "," + s + "],[" + e + "," + s + "],[" + e + "," + n
                + "],[" + w + "," + n + "],[" + w + "," + s + "]]]}";
    }

    static Map<String, byte[]> brokenFiles() {
        List<String> features = List.of(
                feature("320599", "示范区", "DISTRICT", box(120.0, 31.0, 120.4, 31.2)), // 1
                feature("320599001", "金桥街道", "STREET", box(120.0, 31.0, 120.2, 31.2)), // 2
                feature("320599001", "金桥街道", null, box(120.0, 31.0, 120.2, 31.2)), // 3 duplicate code
                feature("320599009001", "无主社区", null, "null"), // 4 unknown parent
                feature("320599101", "望亭镇", null, box(120.1, 31.0, 120.4, 31.2)), // 5 overlaps feature 2
                feature("320599001001", "金桥一村社区", "MICRO", box(120.0, 31.0, 120.1, 31.2)), // 6 level mismatch
                // 7: a bow tie, its ring crosses itself
                feature(
                        "320599001002",
                        "金桥二村社区",
                        null,
                        "{\"type\":\"Polygon\",\"coordinates\":[[[120.1,31.0],[120.2,31.2],[120.2,31.0],[120.1,31.2],[120.1,31.0]]]}"),
                feature("320599101001", "望亭一村", null, box(120.1, 31.0, 120.25, 31.2)), // 8: street 5 half uncovered
                // 9: projected metres instead of degrees
                feature("320599101001001", "米制网格", null, box(500000, 3450000, 500100, 3450100)),
                feature("32059900", "坏编码", null, "null"), // 10: 8 digits
                // 11, 12: micro-grids of community 6 that overlap
                feature("320599001001001", "一号微网格", null, box(120.0, 31.0, 120.06, 31.2)),
                feature("320599001001002", "二号微网格", null, box(120.05, 31.0, 120.1, 31.2)));
        String grids = "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",\n", features) + "]}";

        // zh-CN headers, a UTF-8 byte order mark, as Excel writes it.
        String staff = "\uFEFF网格编码,人员编号,姓名,岗位\r\n"
                + "320599001,p-1,张三,网格管理员\r\n" // row 2
                + "320599099,p-2,李四,安全员\r\n" // row 3: unknown grid
                + "320599001,p-3,王五,司机\r\n" // row 4: unknown role
                + "320599001,p-1,张三,SUPERVISOR\r\n" // row 5: p-1 checks their own work
                + "320599101,p-1,张叁,INFORMATION_OFFICER\r\n"; // row 6: p-1 with another name

        StringBuilder chains = new StringBuilder("grid_code,rung,person_id,name\n");
        List<String> codes = List.of(
                "320599",
                "320599001",
                "320599101",
                "320599001001",
                "320599001002",
                "320599101001",
                "320599101001001",
                "320599001001001",
                "320599001001002");
        for (String code : codes) {
            if (!code.equals("320599")) {
                chains.append(code).append(",SPECIFIC,").append(code).append("-s,赵六\n");
            }
            if (!code.equals("320599001")) { // 320599001 has no 第一责任人
                chains.append(code).append(",第一责任人,").append(code).append("-f,钱七\n");
            }
        }
        // 320599 holds 具体责任人 and 第一责任人 by one person: escalation would stay with them.
        chains.append("320599,具体责任人,320599-f,钱七\n");

        String departments = "id,zh_name,en_name,domains\n"
                + "emergency,区应急管理局,Emergency Management Bureau,PRODUCTION\n"
                + "police,公安分局,Public Security,治安\n"; // row 3: unknown domain
        String rules = "安全领域,隐患类别代码,隐患等级,网格层级,部门编号\n"
                + "PRODUCTION,,,,emergency\n"
                + "FIRE,,,,fire-brigade\n"; // row 3: unknown department (checked once the rows read)

        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("grids.geojson", grids.getBytes(StandardCharsets.UTF_8));
        files.put("staff.csv", staff.getBytes(StandardCharsets.UTF_8));
        files.put("responsibility.csv", chains.toString().getBytes(StandardCharsets.UTF_8));
        files.put("departments.csv", departments.getBytes(StandardCharsets.UTF_8));
        files.put("duty-rules.csv", rules.getBytes(StandardCharsets.UTF_8));
        return files;
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        DistrictData.Validation result = DistrictData.withDefaults().validate(DistrictFiles.of(brokenFiles()));
        List<String> where = new ArrayList<>();
        result.problems().forEach(p -> where.add(p.file() + " | " + p.location() + " | " + p.field()));
        assertThat(result.district()).isEmpty();
        assertThat(where)
                .containsExactlyInAnyOrder(
                        "grids.geojson | feature 3 | code",
                        "grids.geojson | feature 4 | code",
                        "grids.geojson | feature 5 | geometry",
                        "grids.geojson | feature 6 | level",
                        "grids.geojson | feature 7 | geometry",
                        "grids.geojson | feature 5 | geometry",
                        "grids.geojson | feature 9 | geometry",
                        "grids.geojson | feature 10 | code",
                        "grids.geojson | feature 12 | geometry",
                        "staff.csv | row 3 | grid_code",
                        "staff.csv | row 4 | role",
                        "staff.csv | row 5 | role",
                        "staff.csv | row 6 | name",
                        "responsibility.csv | grid 320599001 | rung",
                        // The grid of feature 4 has no chain rows at all.
                        "responsibility.csv | grid 320599009001 | rung",
                        "responsibility.csv | grid 320599009001 | rung",
                        "responsibility.csv | row 18 | person_id",
                        "departments.csv | row 3 | domains");
        assertThat(result.problems())
                .extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).startsWith("duplicate grid code 320599001: feature 2"))
                .anySatisfy(m -> assertThat(m).startsWith("unknown parent: STREET grid 320599009"))
                .anySatisfy(m -> assertThat(m).startsWith("overlapping grids: 320599101 overlaps 320599001"))
                .anySatisfy(
                        m -> assertThat(m).startsWith("overlapping grids: 320599001001002 overlaps 320599001001001"))
                .anySatisfy(m -> assertThat(m).startsWith("coverage gap: the 1 grids inside 320599101 leave 50.00 %"))
                .anySatisfy(m -> assertThat(m).startsWith("boundary intersects itself"))
                .anySatisfy(m ->
                        assertThat(m).contains("not WGS 84 longitude/latitude").contains("projected metres"))
                .anySatisfy(m -> assertThat(m).contains("says MICRO but code 320599001001 is a COMMUNITY code"))
                .anySatisfy(m -> assertThat(m).startsWith("unknown grid 320599099"))
                .anySatisfy(m -> assertThat(m).startsWith("'司机' is not a role"))
                .anySatisfy(m -> assertThat(m).startsWith("incompatible roles: person p-1 is both 网格管理员 and 监督员"))
                .anySatisfy(m -> assertThat(m).startsWith("person p-1 is named '张叁' here but '张三'"))
                .anySatisfy(m ->
                        assertThat(m).startsWith("missing rung: grid 320599001").contains("第一责任人"))
                .anySatisfy(m -> assertThat(m).startsWith("incompatible roles: person 320599-f already holds 第一责任人"))
                .anySatisfy(m -> assertThat(m).startsWith("'治安' is not a safety domain"));
    }

    @Test
    void aRuleNamingAnUnknownDepartmentIsReportedByItsRow() {
        Map<String, byte[]> files = new LinkedHashMap<>(ValidFiles.small());
        files.put(
                "duty-rules.csv",
                "domain,department\nPRODUCTION,emergency\nFIRE,fire-brigade\n".getBytes(StandardCharsets.UTF_8));
        DistrictData.Validation result = DistrictData.withDefaults().validate(DistrictFiles.of(files));
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("duty-rules.csv");
            assertThat(p.location()).isEqualTo("row 3");
            assertThat(p.message()).contains("the rule of row 3").contains("unknown department 'fire-brigade'");
        });
    }

    @Test
    void headersThatAreNotColumnsAndMissingColumnsAreNamed() {
        Map<String, byte[]> files = new LinkedHashMap<>(ValidFiles.small());
        files.put("staff.csv", "网格编码,人员,岗位\n".getBytes(StandardCharsets.UTF_8));
        DistrictData.Validation result = DistrictData.withDefaults().validate(DistrictFiles.of(files));
        assertThat(result.problems())
                .extracting(p -> p.location() + " | " + p.field())
                .containsExactlyInAnyOrder("row 1 | 人员", "row 1 | person_id", "row 1 | name");
    }

    @Test
    void gbkEncodedCsvIsReadWhenAskedFor() {
        Map<String, byte[]> files = new LinkedHashMap<>(ValidFiles.small());
        String staff = "网格编码,人员编号,姓名,岗位\n320599,p-9,\"李,四\",安全员\n";
        files.put("staff.csv", staff.getBytes(Charset.forName("GBK")));
        for (String name : List.of("responsibility.csv", "departments.csv", "duty-rules.csv")) {
            files.put(name, new String(files.get(name), StandardCharsets.UTF_8).getBytes(Charset.forName("GBK")));
        }
        DistrictData.Validation result =
                DistrictData.withDefaults().csvCharset(Charset.forName("GBK")).validate(DistrictFiles.of(files));
        assertThat(result.problems()).isEmpty();
        assertThat(result.district().orElseThrow().grids().get(0).staff())
                .singleElement()
                .satisfies(s -> assertThat(s.displayName()).isEqualTo("李,四"));
    }

    @Test
    void notJsonIsOneProblemNotAStackTrace() {
        Map<String, byte[]> files = new LinkedHashMap<>(ValidFiles.small());
        files.put(
                "grids.geojson", "{\"type\": \"FeatureCollection\", \"features\": [".getBytes(StandardCharsets.UTF_8));
        DistrictData.Validation result = DistrictData.withDefaults().validate(DistrictFiles.of(files));
        assertThat(result.problems())
                .first()
                .satisfies(p -> assertThat(p.toString()).startsWith("grids.geojson, file: is not JSON"));
    }
}
