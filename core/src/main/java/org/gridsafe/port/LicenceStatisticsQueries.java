package org.gridsafe.port;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.gridsafe.grid.GridCode;
import org.gridsafe.stats.LicenceExpiryCounts;

/**
 * The licence expiry indicator computed where entities are kept (in SQL for a database), with exactly the
 * definition and result of {@link LicenceExpiryCounts#of}.
 */
public interface LicenceStatisticsQueries {

    /**
     * The licences of {@code grid}'s subtree (empty: everywhere) expired on {@code asOf} or expiring within
     * {@code window} of it, as the registry stands now.
     */
    LicenceExpiryCounts licenceExpiries(Optional<GridCode> grid, LocalDate asOf, Period window);
}
