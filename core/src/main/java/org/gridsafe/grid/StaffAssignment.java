package org.gridsafe.grid;

/**
 * One person working in a grid in one {@link GridRole}.
 *
 * <pre>{@code
 * new StaffAssignment("p-1024", "张伟", GridRole.GRID_MANAGER);
 * }</pre>
 *
 * @param personId the host's identifier of the person: non-blank, at most 64 characters, no
 *     whitespace
 * @param displayName the name shown to users: non-blank, at most 100 characters, no control
 *     characters
 * @param role what the person does in the grid
 */
public record StaffAssignment(String personId, String displayName, GridRole role) {

    /** Validates the fields. */
    public StaffAssignment {
        Fields.requireId(personId, "staff personId");
        Fields.requireName(displayName, "staff displayName");
        Fields.requireNonNull(role, "staff role");
    }
}
