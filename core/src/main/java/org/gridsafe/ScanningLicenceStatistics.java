package org.gridsafe;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.gridsafe.grid.GridCode;
import org.gridsafe.port.EntityRegistry;
import org.gridsafe.port.LicenceStatisticsQueries;
import org.gridsafe.registry.EntityQuery;
import org.gridsafe.stats.LicenceExpiryCounts;

/**
 * The licence expiry indicator for registries without their own: searches the subtree's entities with a
 * licence expiring by the window's last day (a search answers at most {@link EntityQuery#MAX_LIMIT}).
 */
final class ScanningLicenceStatistics implements LicenceStatisticsQueries {

    private final EntityRegistry entities;

    ScanningLicenceStatistics(EntityRegistry entities) {
        this.entities = entities;
    }

    @Override
    public LicenceExpiryCounts licenceExpiries(Optional<GridCode> grid, LocalDate asOf, Period window) {
        EntityQuery query = EntityQuery.all().licenceExpiringBy(asOf.plus(window));
        query = grid.map(query::within).orElse(query);
        return LicenceExpiryCounts.of(entities.search(query), grid, asOf, window);
    }
}
