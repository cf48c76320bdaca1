package org.gridsafe.examples;

import org.gridsafe.access.Actor;

/**
 * A demo account: its bearer token (printed at start-up; the server keeps only its hash), the
 * actor it stands for, and what it is for.
 *
 * @param token the bearer token (or Open311 api_key)
 * @param actor who it acts as
 * @param description what it is for, in a few words
 */
public record DemoActor(String token, Actor actor, String description) {

    /** The Open311 api_key of the demo's citizen app, which the resident web page reports with. */
    public static final String OPEN311_KEY = "demo-open311-key";

    /** The demo accounts: one per role, two grid staff in different streets to show 403s. */
    public static java.util.List<DemoActor> all(java.util.List<DemoEnterprise> enterprises) {
        DemoEnterprise enterprise = enterprises.get(0);
        return java.util.List.of(
                new DemoActor(
                        "demo-grid-staff",
                        Actor.gridStaff(
                                "gm-320599001001001", "李网格", org.gridsafe.grid.GridCode.parse("320599001001001")),
                        "网格员 grid staff of micro-grid 320599001001001 (金桥街道)"),
                new DemoActor(
                        "demo-grid-staff-2",
                        Actor.gridStaff(
                                "gm-320599002001001", "王网格", org.gridsafe.grid.GridCode.parse("320599002001001")),
                        "网格员 grid staff of micro-grid 320599002001001 (银湖街道)"),
                new DemoActor(
                        "demo-street-center",
                        Actor.commandCenter("cc-320599001", "金桥街道指挥中心", org.gridsafe.grid.GridCode.parse("320599001")),
                        "街道指挥中心 command center of 金桥街道 320599001"),
                new DemoActor(
                        "demo-district-center",
                        Actor.commandCenter("cc-320599", "区网格化信息指挥中心", DemoDistrict.DISTRICT),
                        "区指挥中心 district command center 320599"),
                new DemoActor(
                        "demo-fire-officer",
                        Actor.departmentOfficer("officer-fire-brigade", "消防监督员", DemoDistrict.FIRE_BRIGADE),
                        "部门 fire brigade officer"),
                new DemoActor(
                        "demo-emergency-officer",
                        Actor.departmentOfficer("officer-emergency", "应急执法员", DemoDistrict.EMERGENCY),
                        "部门 emergency management officer"),
                new DemoActor(
                        "demo-enterprise",
                        Actor.enterprise("ent-" + enterprise.id(), enterprise.name() + "安全员", enterprise.id()),
                        "企业 " + enterprise.name() + " (" + enterprise.industryCode() + " " + enterprise.industryName()
                                + ", grid " + enterprise.grid() + ")"),
                new DemoActor(
                        "demo-unit",
                        Actor.enterprise("ent-PU-001", "示范区恒达化工有限公司安全员", "PU-001"),
                        "企业 示范区恒达化工有限公司 (registry entity PU-001): reads and edits its own record, submits"
                                + " self-assessments"),
                new DemoActor("demo-citizen", Actor.citizen("citizen-demo", "张先生"), "群众 citizen"),
                new DemoActor(
                        OPEN311_KEY,
                        Actor.citizen("open311-demo-app", "市民随手拍 App"),
                        "Open311 api_key of a citizen app"),
                new DemoActor(
                        "demo-district-admin",
                        Actor.districtAdministrator("admin-320599", "区级系统管理员", DemoDistrict.DISTRICT),
                        "区级系统管理员 district administrator of 320599: imports and exports the district's files"),
                new DemoActor(
                        "demo-patroller",
                        Actor.gridStaff(
                                "320599006007010-safety-officer",
                                "周静",
                                org.gridsafe.grid.GridCode.parse("320599006007010")),
                        "网格安全员 safety officer of micro-grid 320599006007010: the patrol terminal's demo account,"
                                + " with the 银湖小饭馆 patrols of the demo's month of history"));
    }
}
