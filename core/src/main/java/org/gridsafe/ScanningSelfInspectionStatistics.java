package org.gridsafe;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridsafe.casework.Case;
import org.gridsafe.grid.GridCode;
import org.gridsafe.port.CasePage;
import org.gridsafe.port.CaseQueries;
import org.gridsafe.port.CaseQuery;
import org.gridsafe.port.EntityRegistry;
import org.gridsafe.port.SelfCheckStore;
import org.gridsafe.port.SelfInspectionStatisticsQueries;
import org.gridsafe.registry.EntityId;
import org.gridsafe.registry.EntityQuery;
import org.gridsafe.registry.SupervisedEntity;
import org.gridsafe.selfcheck.SelfCheckPlanRecord;
import org.gridsafe.selfcheck.StatisticsReturn;
import org.gridsafe.stats.Period;
import org.gridsafe.stats.SelfInspectionIndicators;

/**
 * Self-inspection indicators for stores without their own: reads the plans and returns of every entity
 * with a plan, the entities of the subtree (an entity search answers at most {@link EntityQuery#MAX_LIMIT})
 * and every case of the subtree page by page.
 */
final class ScanningSelfInspectionStatistics implements SelfInspectionStatisticsQueries {

    private final SelfCheckStore store;
    private final EntityRegistry entities;
    private final CaseQueries cases;

    ScanningSelfInspectionStatistics(SelfCheckStore store, EntityRegistry entities, CaseQueries cases) {
        this.store = store;
        this.entities = entities;
        this.cases = cases;
    }

    @Override
    public SelfInspectionIndicators selfInspectionIndicators(Optional<GridCode> grid, Period period, ZoneId zone) {
        Map<String, Instant> first = new HashMap<>();
        List<StatisticsReturn> returns = new ArrayList<>();
        for (EntityId id : store.entitiesWithPlans()) {
            for (SelfCheckPlanRecord p : store.plansOf(id)) {
                first.merge(id.value(), p.savedAt(), (a, b) -> a.isBefore(b) ? a : b);
            }
            returns.addAll(store.returnsOf(id));
        }
        List<SupervisedEntity> inScope =
                entities.search(grid.map(g -> EntityQuery.all().within(g)).orElse(EntityQuery.all()));
        List<Case> found = new ArrayList<>();
        CaseQuery query = CaseQuery.all().limit(CaseQuery.MAX_LIMIT);
        if (grid.isPresent()) {
            query = query.withinGrid(grid.get());
        }
        while (true) {
            CasePage page = cases.find(query);
            found.addAll(page.cases());
            if (page.next().isEmpty()) {
                break;
            }
            query = query.after(page.next().get());
        }
        return SelfInspectionIndicators.of(inScope, first, returns, found, grid, period, zone);
    }
}
