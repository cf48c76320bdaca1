package org.gridsafe.casework;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** The library's wording of every {@link NotificationKind}, zh-CN and English. */
final class StandardNotificationTemplates implements NotificationTemplates {

    static final StandardNotificationTemplates INSTANCE = new StandardNotificationTemplates();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private StandardNotificationTemplates() {}

    @Override
    public String text(NotificationFacts f, Locale locale) {
        boolean zh = locale != null && "zh".equals(locale.getLanguage());
        String detail = f.detail().orElse("");
        Optional<ZonedDateTime> due = f.deadline();
        return switch (f.kind()) {
            case CASE_REPORTED ->
                zh
                        ? "新上报：" + detail + due.map(d -> "，立案期限 " + zh(d)).orElse("")
                        : "New report: " + detail
                                + due.map(d -> "; register by " + en(d)).orElse("");
            case CASE_REJECTED -> zh ? "不予立案：" + detail : "Not registered: " + detail;
            case CASE_DISPATCHED ->
                zh
                        ? "派遣交办：" + detail + "（网格 " + f.grid() + "）"
                                + due.map(d -> "，整改期限 " + zh(d)).orElse("")
                        : "Dispatched: " + detail + " (grid " + f.grid() + ")"
                                + due.map(d -> "; rectify by " + en(d)).orElse("");
            case CASE_RETURNED ->
                zh
                        ? "案件被回退（" + f.department().map(Object::toString).orElse("") + "）：" + detail
                                + due.map(d -> "，请于 " + zh(d) + " 前重新派遣").orElse("")
                        : "Case returned by "
                                + f.department().map(Object::toString).orElse("its department") + ": " + detail
                                + due.map(d -> "; dispatch again by " + en(d)).orElse("");
            case REWORK_REQUIRED ->
                zh
                        ? "核查未通过，需返工：" + detail + due.map(d -> "，整改期限 " + zh(d)).orElse("")
                        : "Verification failed, rework required: " + detail
                                + due.map(d -> "; rectify by " + en(d)).orElse("");
            case EXTENSION_DECIDED ->
                f.detail().isEmpty()
                        ? (zh
                                ? "延期申请已同意" + due.map(d -> "，新期限 " + zh(d)).orElse("")
                                : "Extension granted"
                                        + due.map(d -> "; new deadline " + en(d))
                                                .orElse(""))
                        : (zh
                                ? "延期申请未同意：" + detail
                                        + due.map(d -> "，期限仍为 " + zh(d)).orElse("")
                                : "Extension refused: " + detail
                                        + due.map(d -> "; the deadline stays " + en(d))
                                                .orElse(""));
            case CASE_ESCALATED -> {
                EscalationRung rung = f.rung().orElse(EscalationRung.NONE);
                yield zh
                        ? "督办（" + rung.zhName() + "）：" + f.state().zhName() + "环节已超期"
                                + due.map(d -> "，期限 " + zh(d)).orElse("") + "，案件 " + f.caseId()
                        : "Escalated (" + rung.enName() + "): the " + f.state().enName() + " step is overdue"
                                + due.map(d -> ", due " + en(d)).orElse("") + ", case " + f.caseId();
            }
            case MAJOR_HAZARD_REPORT_ESCALATED -> {
                EscalationRung rung = f.rung().orElse(EscalationRung.NONE);
                String zhReport =
                        f.reportKind().map(MajorHazardReportKind::zhName).orElse("重大事故隐患报告");
                String enReport =
                        f.reportKind().map(MajorHazardReportKind::enName).orElse("major-hazard report");
                yield zh
                        ? "重大事故隐患报告督办（" + rung.zhName() + "）：" + zhReport + "已超期未报"
                                + due.map(d -> "，期限 " + zh(d)).orElse("") + "，案件 " + f.caseId()
                        : "Escalated (" + rung.enName() + "): the " + enReport + " is overdue"
                                + due.map(d -> ", due " + en(d)).orElse("") + ", case " + f.caseId();
            }
            case CASE_SUSPENDED ->
                zh
                        ? "案件已缓办（暂停计时）：" + detail + "，案件 " + f.caseId()
                        : "Case suspended (its clock stopped): " + detail + ", case " + f.caseId();
            case CASE_RESUMED ->
                zh
                        ? "案件恢复办理：" + detail + due.map(d -> "，整改期限 " + zh(d)).orElse("") + "，案件 " + f.caseId()
                        : "Case resumed: " + detail
                                + due.map(d -> "; rectify by " + en(d)).orElse("") + ", case " + f.caseId();
            case CASE_REOPENED ->
                zh
                        ? "结案后被投诉，案件重新办理：" + detail
                                + due.map(d -> "，整改期限 " + zh(d)).orElse("") + "，案件 " + f.caseId()
                        : "Reopened on a complaint after closing: " + detail
                                + due.map(d -> "; rectify by " + en(d)).orElse("") + ", case " + f.caseId();
            case PRODUCTION_STOPPED ->
                zh
                        ? "重大事故隐患停产停业整改：" + detail
                                + due.map(d -> "，整改期限 " + zh(d)).orElse("") + "，案件 " + f.caseId()
                        : "Production stopped for a major hazard: " + detail
                                + due.map(d -> "; rectify by " + en(d)).orElse("") + ", case " + f.caseId();
            case RESUMPTION_APPLIED ->
                zh
                        ? "恢复生产申请待审查：" + detail + due.map(d -> "，审查期限 " + zh(d)).orElse("") + "，案件 " + f.caseId()
                        : "Application to resume production: " + detail
                                + due.map(d -> "; review by " + en(d)).orElse("") + ", case " + f.caseId();
            case RESUMPTION_REVIEWED ->
                zh
                        ? "恢复生产审查结果：" + detail + "，案件 " + f.caseId()
                        : "Resumption reviewed: " + detail + ", case " + f.caseId();
            case CASE_CLOSED ->
                zh ? "您上报的隐患已整改完毕并结案：" + detail : "The hazard you reported was fixed and the case is closed: " + detail;
        };
    }

    private static String zh(ZonedDateTime time) {
        return TIME.format(time);
    }

    private static String en(ZonedDateTime time) {
        return TIME.format(time) + " (" + time.getZone().getId() + ")";
    }
}
