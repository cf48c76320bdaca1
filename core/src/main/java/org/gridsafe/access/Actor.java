package org.gridsafe.access;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.gridsafe.duty.DepartmentId;
import org.gridsafe.grid.GridCode;

/**
 * Someone (or something) acting on cases: its id, roles and home.
 *
 * <p>The home says where the roles apply: grid staff and command centers act in the subtree of
 * {@link #homeGrid()}, department officers on cases dispatched to {@link #department()},
 * enterprises on cases of {@link #enterpriseId()}.
 *
 * <pre>{@code
 * Actor manager = Actor.gridStaff("u-1001", "张伟", GridCode.parse("320508001001001"));
 * Actor center = Actor.commandCenter("cc-001", "金阊街道指挥中心", GridCode.parse("320508001"));
 * }</pre>
 *
 * @param id stable identifier, 1-64 characters of letters, digits, '-', '_', '.', ':' or '@'
 * @param displayName name shown in audit trails
 * @param kind person or system
 * @param roles what the actor acts as; at least one
 * @param homeGrid the grid whose subtree grid staff and command centers act in
 * @param department the department a department officer acts for
 * @param enterpriseId the enterprise an enterprise actor acts for
 */
public record Actor(
        String id,
        String displayName,
        ActorKind kind,
        Set<ActorRole> roles,
        Optional<GridCode> homeGrid,
        Optional<DepartmentId> department,
        Optional<String> enterpriseId) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:@-]{1,64}");

    /** The actor that runs scheduled work, such as escalating overdue cases. */
    public static final Actor SYSTEM = new Actor(
            "system",
            "系统",
            ActorKind.SYSTEM,
            Set.of(ActorRole.SYSTEM),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());

    public Actor {
        Objects.requireNonNull(id, "actor id");
        Objects.requireNonNull(displayName, "actor displayName");
        Objects.requireNonNull(kind, "actor kind");
        Objects.requireNonNull(roles, "actor roles");
        Objects.requireNonNull(homeGrid, "actor homeGrid");
        Objects.requireNonNull(department, "actor department");
        Objects.requireNonNull(enterpriseId, "actor enterpriseId");
        checkArgument(ID.matcher(id).matches(), "actor id '%s' must be 1-64 letters, digits or ._:@-", id);
        checkArgument(!displayName.isBlank(), "actor %s: displayName must not be blank", id);
        checkArgument(!roles.isEmpty(), "actor %s must hold at least one role", id);
        roles = ImmutableSet.copyOf(roles);
        if (roles.contains(ActorRole.GRID_STAFF)
                || roles.contains(ActorRole.COMMAND_CENTER)
                || roles.contains(ActorRole.DISTRICT_ADMINISTRATOR)) {
            checkArgument(
                    homeGrid.isPresent(),
                    "actor %s: grid staff, command centers and district administrators need a home grid",
                    id);
        }
        if (roles.contains(ActorRole.DEPARTMENT_OFFICER)) {
            checkArgument(department.isPresent(), "actor %s: a department officer needs a department", id);
        }
        if (roles.contains(ActorRole.ENTERPRISE)) {
            checkArgument(enterpriseId.isPresent(), "actor %s: an enterprise actor needs an enterprise id", id);
        }
    }

    /** A member of a grid's staff (any of the five forces or a volunteer) in {@code grid}. */
    public static Actor gridStaff(String id, String displayName, GridCode grid) {
        return person(id, displayName, ActorRole.GRID_STAFF, Optional.of(grid), Optional.empty(), Optional.empty());
    }

    /** A seat of the command center of {@code grid} (a street or the district). */
    public static Actor commandCenter(String id, String displayName, GridCode grid) {
        return person(id, displayName, ActorRole.COMMAND_CENTER, Optional.of(grid), Optional.empty(), Optional.empty());
    }

    /** An officer acting for {@code department}. */
    public static Actor departmentOfficer(String id, String displayName, DepartmentId department) {
        return person(
                id,
                displayName,
                ActorRole.DEPARTMENT_OFFICER,
                Optional.empty(),
                Optional.of(department),
                Optional.empty());
    }

    /** The safety contact of an enterprise. */
    public static Actor enterprise(String id, String displayName, String enterpriseId) {
        return person(
                id, displayName, ActorRole.ENTERPRISE, Optional.empty(), Optional.empty(), Optional.of(enterpriseId));
    }

    /** A resident reporting a hazard. */
    public static Actor citizen(String id, String displayName) {
        return person(id, displayName, ActorRole.CITIZEN, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The district administrator (区级系统管理员) of {@code district}, the root grid of the directory. */
    public static Actor districtAdministrator(String id, String displayName, GridCode district) {
        return person(
                id,
                displayName,
                ActorRole.DISTRICT_ADMINISTRATOR,
                Optional.of(district),
                Optional.empty(),
                Optional.empty());
    }

    private static Actor person(
            String id,
            String displayName,
            ActorRole role,
            Optional<GridCode> grid,
            Optional<DepartmentId> department,
            Optional<String> enterprise) {
        return new Actor(id, displayName, ActorKind.PERSON, Set.of(role), grid, department, enterprise);
    }

    /** Whether this actor holds {@code role}. */
    public boolean has(ActorRole role) {
        return roles.contains(role);
    }

    @Override
    public String toString() {
        return id + " (" + displayName + ")";
    }
}
