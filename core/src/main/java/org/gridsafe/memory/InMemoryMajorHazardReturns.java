package org.gridsafe.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.gridsafe.duty.ReturnPeriod;
import org.gridsafe.grid.GridCode;
import org.gridsafe.port.MajorHazardReturnStore;
import org.gridsafe.stats.MajorHazardReturn;

/** Filed major-hazard returns in memory; {@code putIfAbsent} lets exactly one of racing filings in. */
public final class InMemoryMajorHazardReturns implements MajorHazardReturnStore {

    private record Key(GridCode scope, ReturnPeriod period) {}

    private final Map<Key, MajorHazardReturn> returns = new ConcurrentHashMap<>();

    @Override
    public boolean file(MajorHazardReturn filed) {
        return returns.putIfAbsent(new Key(filed.scope(), filed.period()), filed) == null;
    }

    @Override
    public Optional<MajorHazardReturn> find(GridCode scope, ReturnPeriod period) {
        return Optional.ofNullable(returns.get(new Key(scope, period)));
    }

    @Override
    public List<MajorHazardReturn> filed(GridCode scope) {
        return returns.values().stream()
                .filter(r -> r.scope().equals(scope))
                .sorted(Comparator.comparing(MajorHazardReturn::period))
                .toList();
    }
}
