package org.gridsafe.casework;

import java.util.Locale;

/**
 * Renders the display text of a notification from its {@link NotificationFacts}, once in
 * simplified Chinese ({@link Locale#SIMPLIFIED_CHINESE}) and once in English
 * ({@link Locale#ENGLISH}). A host supplies its own wording through
 * {@code GridSafe.Builder.notificationTemplates}; a template that returns {@code null} (or blank)
 * for a kind or a locale leaves it to {@link #standard()}.
 *
 * <pre>{@code
 * NotificationTemplates mine = (facts, locale) -> facts.kind() == NotificationKind.CASE_ESCALATED
 *         && locale.getLanguage().equals("zh") ? "请尽快处理超期案件 " + facts.caseId() : null;
 * }</pre>
 */
@FunctionalInterface
public interface NotificationTemplates {

    /** The text of {@code facts} in {@code locale}, or {@code null} to use the standard text. */
    String text(NotificationFacts facts, Locale locale);

    /**
     * The library's wording. Times are shown as {@code yyyy-MM-dd HH:mm} in the district's zone
     * (the English text adds the zone's id), never in UTC unless the district works in UTC.
     */
    static NotificationTemplates standard() {
        return StandardNotificationTemplates.INSTANCE;
    }
}
