package org.gridsafe.casework;

import java.util.Optional;
import org.gridsafe.grid.ResponsibleRole;

/**
 * How far up the responsibility chain overdue work has been pushed (督办) in the current step.
 *
 * <p>The ladder is the grid's chain (specific → in-charge → first responsible → assigned leader),
 * then the command center of the parent grid. Rungs only rise within a step and start again at
 * {@link #NONE} when the case moves to the next step.
 */
public enum EscalationRung {
    NONE("未督办", "none", null),
    SPECIFIC("具体责任人", "specific responsible person", ResponsibleRole.SPECIFIC),
    IN_CHARGE("分管责任人", "official in charge", ResponsibleRole.IN_CHARGE),
    FIRST("第一责任人", "first responsible person", ResponsibleRole.FIRST),
    ASSIGNED_LEADER("挂点领导", "assigned leader", ResponsibleRole.ASSIGNED_LEADER),
    PARENT_COMMAND_CENTER("上级指挥中心", "parent command center", null);

    private final String zhName;
    private final String enName;
    private final ResponsibleRole role;

    EscalationRung(String zhName, String enName, ResponsibleRole role) {
        this.zhName = zhName;
        this.enName = enName;
        this.role = role;
    }

    /** Display name in simplified Chinese. */
    public String zhName() {
        return zhName;
    }

    /** Display name in English. */
    public String enName() {
        return enName;
    }

    /** The role in the grid's responsibility chain this rung reaches, if it is a person. */
    public Optional<ResponsibleRole> role() {
        return Optional.ofNullable(role);
    }

    /** The rung above this one, or empty at the top. */
    public Optional<EscalationRung> next() {
        EscalationRung[] all = values();
        return ordinal() + 1 < all.length ? Optional.of(all[ordinal() + 1]) : Optional.empty();
    }

    /** The highest rung. */
    public static EscalationRung top() {
        EscalationRung[] all = values();
        return all[all.length - 1];
    }
}
