package org.gridsafe.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.gridsafe.port.InternalReportStore;
import org.gridsafe.registry.EntityId;
import org.gridsafe.selfcheck.InternalReport;
import org.gridsafe.selfcheck.SelfCheckVersionConflictException;

/** Internal reports in memory; thread-safe (one lock), lost on restart. */
public final class InMemoryInternalReportStore implements InternalReportStore {

    private final Map<String, InternalReport> reports = new TreeMap<>();

    @Override
    public synchronized Optional<InternalReport> find(String id) {
        return Optional.ofNullable(reports.get(id));
    }

    @Override
    public synchronized void save(InternalReport report) {
        long held = Optional.ofNullable(reports.get(report.id()))
                .map(InternalReport::version)
                .orElse(0L);
        if (held != report.version() - 1) {
            throw new SelfCheckVersionConflictException("internal report " + report.id() + " is at version " + held
                    + ", not " + (report.version() - 1) + "; another change came first");
        }
        reports.put(report.id(), report);
    }

    @Override
    public synchronized List<InternalReport> byEntity(EntityId entity) {
        List<InternalReport> out = new ArrayList<>();
        reports.values().stream().filter(r -> r.entity().equals(entity)).forEach(out::add);
        out.sort(Comparator.comparing(InternalReport::submittedAt).thenComparing(InternalReport::id));
        return out;
    }
}
