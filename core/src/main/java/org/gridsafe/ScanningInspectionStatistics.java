package org.gridsafe;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridsafe.grid.GridCode;
import org.gridsafe.hazard.RiskLevel;
import org.gridsafe.inspection.Inspection;
import org.gridsafe.inspection.InspectionQuery;
import org.gridsafe.port.EntityRegistry;
import org.gridsafe.port.InspectionStatisticsQueries;
import org.gridsafe.port.InspectionStore;
import org.gridsafe.registry.EntityKind;
import org.gridsafe.registry.EntityQuery;
import org.gridsafe.registry.SupervisedEntity;
import org.gridsafe.stats.InspectionIndicators;
import org.gridsafe.stats.Period;

/**
 * Inspection indicators for stores without their own: reads every inspection page by page and the
 * production units of the subtree at each focus risk level (an entity search answers at most {@link
 * EntityQuery#MAX_LIMIT} per level, so a registry above that needs its own queries).
 */
final class ScanningInspectionStatistics implements InspectionStatisticsQueries {

    private final InspectionStore store;
    private final EntityRegistry entities;

    ScanningInspectionStatistics(InspectionStore store, EntityRegistry entities) {
        this.store = store;
        this.entities = entities;
    }

    @Override
    public InspectionIndicators inspectionIndicators(Optional<GridCode> grid, Period period, ZoneId zone) {
        List<Inspection> all = new ArrayList<>();
        InspectionQuery query = InspectionQuery.all().limit(InspectionQuery.MAX_LIMIT);
        while (true) {
            List<Inspection> page = store.search(query);
            all.addAll(page);
            if (page.size() < query.limit()) {
                break;
            }
            query = query.after(page.get(page.size() - 1).id());
        }
        List<SupervisedEntity> focus = new ArrayList<>();
        for (RiskLevel level : InspectionIndicators.FOCUS_LEVELS) {
            EntityQuery q = EntityQuery.all().kind(EntityKind.PRODUCTION_UNIT).riskLevel(level);
            focus.addAll(entities.search(grid.isPresent() ? q.within(grid.get()) : q));
        }
        return InspectionIndicators.of(all, focus, grid, period, zone);
    }
}
