package org.gridsafe.stats;

import java.util.Objects;
import java.util.Optional;

/**
 * A staff member as a staff ranking names them: the person id the patrols and track days carry, and the
 * display name the directory gives them (none for someone with figures who is no longer in the directory).
 *
 * @param id the person id
 * @param name the display name, when the directory assigns them to a grid
 */
public record StaffMember(String id, Optional<String> name) {

    public StaffMember {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
