package org.gridsafe.grid;

import java.util.Optional;

/**
 * The rungs of a grid's responsibility chain (逐级负责: each level answers for its own).
 *
 * <p>Overdue work escalates up the ladder {@link #SPECIFIC} → {@link #IN_CHARGE} → {@link #FIRST}
 * → {@link #ASSIGNED_LEADER}. {@link #LIAISON} links the grid with the level above but is not a
 * rung of the ladder.
 */
public enum ResponsibleRole {
    /** 具体责任人: the person directly responsible; the first rung. */
    SPECIFIC("具体责任人", "specific responsible person"),
    /** 分管责任人: the official in charge of the area of work. */
    IN_CHARGE("分管责任人", "responsible person in charge"),
    /** 第一责任人: the head with overall responsibility. */
    FIRST("第一责任人", "first responsible person"),
    /** 挂点领导: the senior leader assigned to this grid; the top rung. */
    ASSIGNED_LEADER("挂点领导", "assigned leader"),
    /** 联点责任人: liaison between the grid and the level above; not on the escalation ladder. */
    LIAISON("联点责任人", "liaison");

    private final String zhName;
    private final String enName;

    ResponsibleRole(String zhName, String enName) {
        this.zhName = zhName;
        this.enName = enName;
    }

    /** Display name in simplified Chinese. */
    public String zhName() {
        return zhName;
    }

    /** Display name in English. */
    public String enName() {
        return enName;
    }

    /** Whether overdue work can escalate to or from this role; false only for {@link #LIAISON}. */
    public boolean onEscalationLadder() {
        return this != LIAISON;
    }

    /** The next rung up the ladder, or empty at the top and for {@link #LIAISON}. */
    public Optional<ResponsibleRole> nextUp() {
        return switch (this) {
            case SPECIFIC -> Optional.of(IN_CHARGE);
            case IN_CHARGE -> Optional.of(FIRST);
            case FIRST -> Optional.of(ASSIGNED_LEADER);
            case ASSIGNED_LEADER, LIAISON -> Optional.empty();
        };
    }
}
