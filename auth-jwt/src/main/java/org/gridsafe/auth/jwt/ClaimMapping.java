package org.gridsafe.auth.jwt;

import com.nimbusds.jwt.JWTClaimsSet;
import java.text.ParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gridsafe.access.Actor;
import org.gridsafe.access.ActorKind;
import org.gridsafe.access.ActorRole;
import org.gridsafe.duty.DepartmentId;
import org.gridsafe.grid.GridCode;

/**
 * Which claims of a verified token say who the actor is: its id, display name, roles, home grid,
 * department and enterprise. Provider role names map to {@link ActorRole}s; names not mapped are
 * ignored (a provider carries roles of other systems too), and a token with no mapped role is
 * refused.
 *
 * <pre>{@code
 * ClaimMapping mapping = ClaimMapping.defaults()
 *         .withRolesClaim("gridsafe_roles")
 *         .withRole("wgy", ActorRole.GRID_STAFF)        // 网格员 as the province's SSO names it
 *         .withHomeGridClaim("grid_code");
 * }</pre>
 *
 * @param idClaim the actor id (default {@code sub})
 * @param displayNameClaim the name in audit trails (default {@code name}; the id when absent)
 * @param rolesClaim a string array of role names (default {@code roles})
 * @param homeGridClaim the grid code of grid staff and command centers (default {@code grid})
 * @param departmentClaim the department id of officers (default {@code department})
 * @param enterpriseClaim the enterprise id of enterprise users (default {@code enterprise})
 * @param roles provider role name to GridSafe role
 */
public record ClaimMapping(
        String idClaim,
        String displayNameClaim,
        String rolesClaim,
        String homeGridClaim,
        String departmentClaim,
        String enterpriseClaim,
        Map<String, ActorRole> roles) {

    public ClaimMapping {
        Objects.requireNonNull(idClaim, "idClaim");
        Objects.requireNonNull(displayNameClaim, "displayNameClaim");
        Objects.requireNonNull(rolesClaim, "rolesClaim");
        Objects.requireNonNull(homeGridClaim, "homeGridClaim");
        Objects.requireNonNull(departmentClaim, "departmentClaim");
        Objects.requireNonNull(enterpriseClaim, "enterpriseClaim");
        if (roles.containsValue(ActorRole.SYSTEM)) {
            throw new IllegalArgumentException("roles: no token may act as the system actor");
        }
        roles = Map.copyOf(roles);
    }

    /**
     * The claims named above, and role names {@code grid-staff}, {@code command-center},
     * {@code department-officer}, {@code enterprise}, {@code citizen} (the project's own names).
     */
    public static ClaimMapping defaults() {
        Map<String, ActorRole> roles = new LinkedHashMap<>();
        for (ActorRole role : EnumSet.complementOf(EnumSet.of(ActorRole.SYSTEM))) {
            roles.put(role.name().toLowerCase(Locale.ROOT).replace('_', '-'), role);
        }
        return new ClaimMapping("sub", "name", "roles", "grid", "department", "enterprise", roles);
    }

    /** The same with another claim for the roles. */
    public ClaimMapping withRolesClaim(String claim) {
        return new ClaimMapping(
                idClaim, displayNameClaim, claim, homeGridClaim, departmentClaim, enterpriseClaim, roles);
    }

    /** The same with another claim for the home grid. */
    public ClaimMapping withHomeGridClaim(String claim) {
        return new ClaimMapping(idClaim, displayNameClaim, rolesClaim, claim, departmentClaim, enterpriseClaim, roles);
    }

    /** The same with another claim for the department. */
    public ClaimMapping withDepartmentClaim(String claim) {
        return new ClaimMapping(idClaim, displayNameClaim, rolesClaim, homeGridClaim, claim, enterpriseClaim, roles);
    }

    /** The same with one more provider role name. */
    public ClaimMapping withRole(String providerName, ActorRole role) {
        Map<String, ActorRole> more = new LinkedHashMap<>(roles);
        more.put(providerName, role);
        return new ClaimMapping(
                idClaim, displayNameClaim, rolesClaim, homeGridClaim, departmentClaim, enterpriseClaim, more);
    }

    /**
     * The actor the claims describe.
     *
     * @throws IllegalArgumentException naming the claim that is missing or wrong
     */
    public Actor actorOf(JWTClaimsSet claims) {
        String id = text(claims, idClaim).orElseThrow(() -> new IllegalArgumentException("no " + idClaim + " claim"));
        String name = text(claims, displayNameClaim).filter(n -> !n.isBlank()).orElse(id);
        Set<ActorRole> mapped = EnumSet.noneOf(ActorRole.class);
        for (String role : list(claims, rolesClaim)) {
            ActorRole r = roles.get(role);
            if (r != null) {
                mapped.add(r);
            }
        }
        if (mapped.isEmpty()) {
            throw new IllegalArgumentException(
                    "claim " + rolesClaim + " holds no GridSafe role (known: " + roles.keySet() + ")");
        }
        Optional<GridCode> grid = text(claims, homeGridClaim).map(code -> {
            try {
                return GridCode.parse(code);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("claim " + homeGridClaim + ": " + e.getMessage(), e);
            }
        });
        Optional<DepartmentId> department = text(claims, departmentClaim).map(DepartmentId::of);
        Optional<String> enterprise = text(claims, enterpriseClaim);
        return new Actor(id, name, ActorKind.PERSON, mapped, grid, department, enterprise);
    }

    private static Optional<String> text(JWTClaimsSet claims, String name) {
        try {
            return Optional.ofNullable(claims.getStringClaim(name));
        } catch (ParseException e) {
            throw new IllegalArgumentException("claim " + name + " must be a string", e);
        }
    }

    private static List<String> list(JWTClaimsSet claims, String name) {
        try {
            List<String> values = claims.getStringListClaim(name);
            return values == null ? List.of() : values;
        } catch (ParseException e) {
            throw new IllegalArgumentException("claim " + name + " must be an array of strings", e);
        }
    }
}
