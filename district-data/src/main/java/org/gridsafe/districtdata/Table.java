package org.gridsafe.districtdata;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The table files of a district and their columns. Each column has an English and a zh-CN header;
 * either is accepted (any case, surrounding spaces ignored), and export writes the English one.
 */
public enum Table {
    /** Who works in which grid in which role (一格多员). */
    STAFF(
            "staff",
            List.of(
                    new Column("grid_code", "网格编码", true),
                    new Column("person_id", "人员编号", true),
                    new Column("name", "姓名", true),
                    new Column("role", "岗位", true))),
    /** Who holds which rung of each grid's responsibility chain (责任到人). */
    RESPONSIBILITY(
            "responsibility",
            List.of(
                    new Column("grid_code", "网格编码", true),
                    new Column("rung", "责任层级", true),
                    new Column("person_id", "人员编号", true),
                    new Column("name", "姓名", true))),
    /** The departments (职能部门) and the safety domains they have duties in. */
    DEPARTMENTS(
            "departments",
            List.of(
                    new Column("id", "部门编号", true),
                    new Column("zh_name", "部门名称", true),
                    new Column("en_name", "英文名称", true),
                    new Column("domains", "安全领域", true))),
    /** Which department handles which cases. */
    DUTY_RULES(
            "duty-rules",
            List.of(
                    new Column("domain", "安全领域", true),
                    new Column("hazard_prefix", "隐患类别代码", false),
                    new Column("grade", "隐患等级", false),
                    new Column("grid_level", "网格层级", false),
                    new Column("department", "部门编号", true))),
    /** The production units (生产经营单位) of the registry of supervised entities. */
    PRODUCTION_UNITS(
            "production-units",
            List.of(
                    new Column("id", "编号", true),
                    new Column("name", "单位名称", true),
                    new Column("credit_code", "统一社会信用代码", false),
                    new Column("unregistered_operator", "无照经营", false),
                    new Column("address", "地址", true),
                    new Column("longitude", "经度", true),
                    new Column("latitude", "纬度", true),
                    new Column("assigned_grid", "指定网格", false),
                    new Column("industry", "行业代码", false),
                    new Column("sectors", "监管行业", true),
                    new Column("scale", "规模", true),
                    new Column("employees", "从业人数", true),
                    new Column("special_risk_features", "特殊风险", false),
                    new Column("major_hazard_grade", "重大危险源等级", false),
                    new Column("key_unit_levels", "重点单位级别", false),
                    new Column("people", "安全责任人", false),
                    new Column("territorial_person", "属地责任人", false),
                    new Column("industry_department", "行业监管部门", false),
                    new Column("comprehensive_department", "综合监管部门", false),
                    new Column("licences", "许可证", false),
                    new Column("supervision_class", "监管分类", false),
                    new Column("risk_level", "风险等级", false))),
    /** The places (场所) of the registry of supervised entities. */
    PLACES(
            "places",
            List.of(
                    new Column("id", "编号", true),
                    new Column("name", "场所名称", true),
                    new Column("place_kind", "场所类型", true),
                    new Column("nine_small_type", "九小场所类型", false),
                    new Column("three_in_one", "三合一", false),
                    new Column("credit_code", "统一社会信用代码", false),
                    new Column("address", "地址", true),
                    new Column("longitude", "经度", true),
                    new Column("latitude", "纬度", true),
                    new Column("assigned_grid", "指定网格", false),
                    new Column("floor_area", "建筑面积", false),
                    new Column("operator", "经营单位编号", false),
                    new Column("sectors", "监管行业", false),
                    new Column("territorial_person", "属地责任人", false),
                    new Column("industry_department", "行业监管部门", false),
                    new Column("comprehensive_department", "综合监管部门", false),
                    new Column("licences", "许可证", false),
                    new Column("supervision_class", "监管分类", false),
                    new Column("risk_level", "风险等级", false),
                    new Column("beds", "床位数", false),
                    new Column("seats", "额定就餐人数", false),
                    new Column("staff", "职工人数", false),
                    new Column("pupils", "学生或幼儿人数", false),
                    new Column("storey", "所在楼层", false),
                    new Column("boarding", "寄宿制", false),
                    new Column("kindergarten", "托幼机构", false),
                    new Column("inside_complex", "位于综合体内", false))),
    /** The time limit (办理时限) of each workflow step per hazard grade, with where it comes from. */
    TIME_LIMITS(
            "time-limits",
            List.of(
                    new Column("step", "办理环节", true),
                    new Column("grade", "隐患等级", false),
                    new Column("amount", "时限", true),
                    new Column("unit", "时限单位", true),
                    new Column("source", "依据", true))),
    /**
     * The work calendar (工作日历): the working hours, the covered years with the source of each
     * year's notice, the holidays (休息日) and the swapped working days (调休上班).
     */
    CALENDAR(
            "calendar",
            List.of(
                    new Column("kind", "类型", true),
                    new Column("date", "日期", false),
                    new Column("name", "名称", false),
                    new Column("windows", "工作时段", false),
                    new Column("weekend", "周末", false),
                    new Column("zone", "时区", false),
                    new Column("source", "依据", false)));

    /**
     * One column.
     *
     * @param key the English header, also the key of the cell
     * @param zhHeader the zh-CN header accepted in its place
     * @param required whether the column must be present (a present column may still have empty cells
     *     where the layout allows)
     */
    public record Column(String key, String zhHeader, boolean required) {}

    private final String baseName;
    private final List<Column> columns;

    Table(String baseName, List<Column> columns) {
        this.baseName = baseName;
        this.columns = columns;
    }

    /** The file name without extension: {@code staff}, {@code responsibility}, ... */
    public String baseName() {
        return baseName;
    }

    /** The columns, in the order export writes them. */
    public List<Column> columns() {
        return columns;
    }

    /** The column a header names, by its English or zh-CN header. */
    Optional<Column> column(String header) {
        String h = header.strip().toLowerCase(Locale.ROOT);
        return columns.stream()
                .filter(c -> c.key().equals(h) || c.zhHeader().equals(h))
                .findFirst();
    }

    /** Both accepted headers of every column, for messages. */
    String describeColumns() {
        return String.join(
                ", ", columns.stream().map(c -> c.key() + " / " + c.zhHeader()).toList());
    }
}
