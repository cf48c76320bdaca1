package org.gridsafe.districtdata;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A small valid district as files: one district, two streets that tile it. */
final class ValidFiles {

    private ValidFiles() {}

    static Map<String, byte[]> small() {
        String grids = """
                {"type": "FeatureCollection", "features": [
                 {"type": "Feature", "properties": {"code": "320599000000", "name": "示范区", "level": "区级网格"},
                  "geometry": {"type": "Polygon", "coordinates": [[[120.0, 31.0], [120.4, 31.0], [120.4, 31.2], [120.0, 31.2], [120.0, 31.0]]]}},
                 {"type": "Feature", "properties": {"code": "320599001", "name": "金桥街道"},
                  "geometry": {"type": "Polygon", "coordinates": [[[120.0, 31.0], [120.2, 31.0], [120.2, 31.2], [120.0, 31.2], [120.0, 31.0]]]}},
                 {"type": "Feature", "properties": {"code": 320599101, "name": "望亭镇", "level": "STREET"},
                  "geometry": {"type": "MultiPolygon", "coordinates": [[[[120.2, 31.0], [120.4, 31.0], [120.4, 31.2], [120.2, 31.2], [120.2, 31.0]]]]}}
                ]}
                """;
        String chains = "网格编码,责任层级,人员编号,姓名\n"
                + "320599,具体责任人,d-s,王伟\n320599,第一责任人,d-f,李娜\n"
                + "320599001,SPECIFIC,s1-s,张敏\n320599001,FIRST,s1-f,赵静\n320599001,LIAISON,s1-f,赵静\n"
                + "320599101,SPECIFIC,s2-s,陈磊\n320599101,FIRST,s2-f,杨洋\n";
        String departments = "部门编号,部门名称,英文名称,安全领域\nemergency,区应急管理局,Emergency Management Bureau,生产安全\n";
        String rules = "domain,department\nPRODUCTION,emergency\n";
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("grids.geojson", grids.getBytes(StandardCharsets.UTF_8));
        files.put("responsibility.csv", chains.getBytes(StandardCharsets.UTF_8));
        files.put("departments.csv", departments.getBytes(StandardCharsets.UTF_8));
        files.put("duty-rules.csv", rules.getBytes(StandardCharsets.UTF_8));
        return files;
    }
}
