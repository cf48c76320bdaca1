package org.gridsafe.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseId;
import org.gridsafe.casework.CaseOrigin;
import org.gridsafe.casework.CaseOriginTakenException;
import org.gridsafe.casework.ConcurrentUpdateException;
import org.gridsafe.casework.Notification;
import org.gridsafe.casework.RecordedEvent;
import org.gridsafe.port.CaseChange;
import org.gridsafe.port.CasePage;
import org.gridsafe.port.CaseQueries;
import org.gridsafe.port.CaseQuery;
import org.gridsafe.port.CaseStatisticsQueries;
import org.gridsafe.port.CaseStore;
import org.gridsafe.port.Notifier;
import org.gridsafe.stats.CaseIndicators;
import org.gridsafe.stats.CaseScope;
import org.gridsafe.stats.CaseStatistics;
import org.gridsafe.stats.Period;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cases in memory: the event logs and the current cases, thread-safe. Appends to one case are
 * serialised; appends to different cases run in parallel. Notifications are delivered to the
 * {@link Notifier} right after each append; a notifier failure is logged, not retried (nothing
 * here survives a restart anyway: use the JDBC adapter for durability and at-least-once delivery).
 *
 * <pre>{@code
 * InMemoryCaseStore cases = new InMemoryCaseStore(Notifier.none());
 * GridSafe gridSafe = GridSafe.builder().directory(directory).caseStore(cases).caseQueries(cases).build();
 * }</pre>
 */
public final class InMemoryCaseStore implements CaseStore, CaseQueries, CaseStatisticsQueries {

    private static final Logger LOG = LoggerFactory.getLogger(InMemoryCaseStore.class);

    private final Map<CaseId, List<RecordedEvent>> logs = new ConcurrentHashMap<>();
    private final NavigableMap<CaseId, Case> current = new ConcurrentSkipListMap<>();
    private final Map<CaseOrigin, CaseId> origins = new ConcurrentHashMap<>();
    private final Notifier notifier;

    public InMemoryCaseStore(Notifier notifier) {
        this.notifier = Objects.requireNonNull(notifier, "notifier");
    }

    /** A store that delivers no notifications. */
    public InMemoryCaseStore() {
        this(Notifier.none());
    }

    @Override
    public List<RecordedEvent> load(CaseId caseId) {
        List<RecordedEvent> log = logs.get(caseId);
        if (log == null) {
            return List.of();
        }
        synchronized (log) {
            return List.copyOf(log);
        }
    }

    @Override
    public void append(CaseChange change) {
        Optional<CaseOrigin> origin =
                change.expectedVersion() == 0 ? change.result().origin() : Optional.empty();
        if (origin.isEmpty()) {
            write(change);
        } else {
            // One lock for every new case with an origin: the check, the log and the read side
            // change together, so a reader never sees an origin whose case is not there yet.
            synchronized (origins) {
                CaseId holder = origins.get(origin.get());
                if (holder != null) {
                    throw new CaseOriginTakenException(origin.get(), holder);
                }
                write(change);
                origins.put(origin.get(), change.caseId());
            }
        }
        for (Notification notification : change.notifications()) {
            try {
                notifier.deliver(notification);
            } catch (RuntimeException e) {
                LOG.warn("notification {} not delivered: {}", notification.key(), e.toString());
            }
        }
    }

    private void write(CaseChange change) {
        logs.compute(change.caseId(), (id, log) -> {
            long actual = log == null ? 0 : log.size();
            if (actual != change.expectedVersion()) {
                throw ConcurrentUpdateException.at(id, change.expectedVersion(), actual);
            }
            List<RecordedEvent> next = log == null ? new ArrayList<>() : log;
            synchronized (next) {
                next.addAll(change.events());
            }
            // The read side is updated before the append returns, so a caller reads its own write.
            current.put(id, change.result());
            return next;
        });
    }

    @Override
    public Optional<Case> find(CaseId caseId) {
        return Optional.ofNullable(current.get(caseId));
    }

    @Override
    public CasePage find(CaseQuery query) {
        NavigableMap<CaseId, Case> candidates =
                query.after().map(after -> current.tailMap(after, false)).orElse(current);
        List<Case> page = new ArrayList<>(Math.min(query.limit(), 64));
        for (Case c : candidates.values()) {
            if (!CaseMatcher.matches(query, c)) {
                continue;
            }
            if (page.size() == query.limit()) {
                return new CasePage(page, Optional.of(page.get(page.size() - 1).id()));
            }
            page.add(c);
        }
        return new CasePage(page, Optional.empty());
    }

    @Override
    public List<Case> findByOriginOccurrence(String occurrence) {
        List<Case> found = new ArrayList<>();
        synchronized (origins) {
            origins.forEach((origin, id) -> {
                if (origin.occurrence().equals(occurrence)) {
                    found.add(current.get(id));
                }
            });
        }
        found.sort(java.util.Comparator.comparing(Case::id));
        return found;
    }

    @Override
    public Optional<Case> findByOrigin(CaseOrigin origin) {
        synchronized (origins) {
            return Optional.ofNullable(origins.get(origin)).map(current::get);
        }
    }

    @Override
    public CaseIndicators indicators(CaseScope scope, Period period, Instant asOf) {
        return CaseStatistics.indicators(current.values(), scope, period, asOf);
    }

    @Override
    public List<org.gridsafe.stats.DepartmentIndicators> departmentIndicators(
            CaseScope scope, Period period, Instant asOf) {
        List<List<RecordedEvent>> histories = new ArrayList<>();
        for (CaseId id : current.keySet()) {
            histories.add(load(id));
        }
        return org.gridsafe.stats.DepartmentIndicators.of(histories, scope, period, asOf);
    }

    @Override
    public org.gridsafe.stats.OpenCaseCounts openNow(CaseScope scope, Instant asOf) {
        return CaseStatistics.openNow(current.values(), scope, asOf);
    }

    @Override
    public List<org.gridsafe.stats.OpenCaseCounts> openNowPerGrid(
            CaseScope scope, List<org.gridsafe.grid.GridCode> grids, Instant asOf) {
        return CaseStatistics.openNowPerGrid(current.values(), scope, grids, asOf);
    }

    @Override
    public org.gridsafe.stats.MajorHazardFigures majorHazardFigures(
            CaseScope scope, Period period, java.time.ZoneId zone, Instant asOf) {
        return org.gridsafe.stats.MajorHazardStatistics.figures(current.values(), scope, period, zone, asOf);
    }

    /** How many cases are stored. */
    public int size() {
        return current.size();
    }
}
