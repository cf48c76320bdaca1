package org.gridsafe.checklist;

import java.util.List;
import java.util.Objects;

/**
 * A section of a checklist (e.g. 消防安全管理, 场所设置).
 *
 * @param code the section's code, unique in its checklist
 * @param title its title
 * @param items its items, in order
 */
public record ChecklistSection(String code, String title, List<ChecklistItem> items) {

    public ChecklistSection {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        items = List.copyOf(items);
    }
}
