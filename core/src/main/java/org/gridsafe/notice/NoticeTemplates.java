package org.gridsafe.notice;

import java.util.Locale;

/**
 * Renders a district notice's display text from its {@link NoticeFacts}, once in simplified
 * Chinese and once in English. A host supplies its own wording through
 * {@code GridSafe.Builder.noticeTemplates}; {@code null} (or blank) for a kind or locale leaves it
 * to {@link #standard()}.
 *
 * <pre>{@code
 * NoticeTemplates mine = (facts, locale) -> facts.kind() == NoticeKind.CALENDAR_COVERAGE_ENDING
 *         && locale.getLanguage().equals("zh") ? "请导入明年节假日安排" : null;
 * }</pre>
 */
@FunctionalInterface
public interface NoticeTemplates {

    /** The text of {@code facts} in {@code locale}, or {@code null} to use the standard text. */
    String text(NoticeFacts facts, Locale locale);

    /** The library's wording; times as {@code yyyy-MM-dd HH:mm} in the district's zone (English adds the zone). */
    static NoticeTemplates standard() {
        return StandardNoticeTemplates.INSTANCE;
    }

    /** The text of {@code facts} from {@code templates}, falling back to the standard wording. */
    static String render(NoticeTemplates templates, NoticeFacts facts, Locale locale) {
        String text = templates.text(facts, locale);
        return text == null || text.isBlank() ? standard().text(facts, locale) : text;
    }
}
