package org.gridsafe.duty;

import com.google.common.collect.Sets;
import java.util.Objects;
import java.util.Set;
import org.gridsafe.hazard.SafetyDomain;

/**
 * A government department (职能部门) that handles cases in one or more safety domains.
 *
 * <pre>{@code
 * Department fire = new Department(DepartmentId.of("xfjy"), "消防救援大队", "fire and rescue brigade",
 *         Set.of(SafetyDomain.FIRE));
 * }</pre>
 *
 * @param id the department's identifier
 * @param zhName the display name in simplified Chinese
 * @param enName the display name in English
 * @param domains the domains the department has duties in; never empty, kept as an immutable set
 */
public record Department(DepartmentId id, String zhName, String enName, Set<SafetyDomain> domains) {

    /** Checks the fields and copies {@code domains}. */
    public Department {
        Objects.requireNonNull(id, "id");
        if (zhName == null || zhName.isBlank()) {
            throw new IllegalArgumentException("department " + id + ": zhName is blank");
        }
        if (enName == null || enName.isBlank()) {
            throw new IllegalArgumentException("department " + id + ": enName is blank");
        }
        Objects.requireNonNull(domains, "domains");
        if (domains.isEmpty()) {
            throw new IllegalArgumentException("department " + id + " has no safety domain");
        }
        domains = Sets.immutableEnumSet(domains);
    }

    /** Whether the department has duties in {@code domain}. */
    public boolean covers(SafetyDomain domain) {
        return domains.contains(domain);
    }
}
