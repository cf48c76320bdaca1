package org.gridsafe.notice;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The library's wording of every {@link NoticeKind}, zh-CN and English. */
final class StandardNoticeTemplates implements NoticeTemplates {

    static final StandardNoticeTemplates INSTANCE = new StandardNoticeTemplates();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private StandardNoticeTemplates() {}

    @Override
    public String text(NoticeFacts f, Locale locale) {
        boolean zh = locale != null && "zh".equals(locale.getLanguage());
        ZonedDateTime due = f.dueInZone();
        return switch (f.kind()) {
            case CALENDAR_COVERAGE_ENDING -> {
                int next = Integer.parseInt(f.period()) + 1;
                yield zh
                        ? f.scopeName() + "：工作日历的节假日安排只到 " + f.period() + " 年，" + TIME.format(due)
                                + " 起的期限只扣除周末、不扣除法定节假日；请导入国务院办公厅 " + next + " 年部分节假日安排的通知"
                        : f.scopeName() + ": the work calendar holds public holidays up to " + f.period()
                                + " only; deadlines from " + TIME.format(due) + " ("
                                + f.zone().getId()
                                + ") count weekends but no holidays; load the State Council's notice for " + next;
            }
            case MAJOR_HAZARD_RETURN_OVERDUE ->
                zh
                        ? f.scopeName() + "：" + f.period() + " 重大事故隐患统计逾期未报（应于 " + TIME.format(due) + " 前报送），请尽快报送"
                        : f.scopeName() + ": the major-hazard return for " + f.period() + " is overdue (due before "
                                + TIME.format(due) + " " + f.zone().getId() + "); file it now";
        };
    }
}
