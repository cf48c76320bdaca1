package org.gridsafe;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeSet;
import org.gridsafe.casework.Case;
import org.gridsafe.grid.Grid;
import org.gridsafe.grid.GridCode;
import org.gridsafe.grid.StaffAssignment;
import org.gridsafe.patrol.PatrolOccurrence;
import org.gridsafe.patrol.PatrolQuery;
import org.gridsafe.patrol.RecordedPatrolEvent;
import org.gridsafe.patrol.TrackDay;
import org.gridsafe.port.CasePage;
import org.gridsafe.port.CaseQueries;
import org.gridsafe.port.CaseQuery;
import org.gridsafe.port.GridDirectory;
import org.gridsafe.port.PatrolStatisticsQueries;
import org.gridsafe.port.PatrolStore;
import org.gridsafe.port.PatrolTrackStore;
import org.gridsafe.stats.PatrolIndicators;
import org.gridsafe.stats.Period;

/**
 * Patrol indicators for stores without their own: reads every occurrence and case of the subtree page by
 * page, and the track days of every staff member the directory names (a track store lists days by staff
 * member only, so days of someone no longer in the directory are not found).
 */
final class ScanningPatrolStatistics implements PatrolStatisticsQueries {

    private final PatrolStore store;
    private final PatrolTrackStore tracks;
    private final CaseQueries cases;
    private final GridDirectory directory;

    ScanningPatrolStatistics(PatrolStore store, PatrolTrackStore tracks, CaseQueries cases, GridDirectory directory) {
        this.store = store;
        this.tracks = tracks;
        this.cases = cases;
        this.directory = directory;
    }

    @Override
    public PatrolIndicators patrolIndicators(Optional<GridCode> grid, Period period, Instant asOf, ZoneId zone) {
        return PatrolIndicators.of(histories(grid), cases(grid), days(period, zone), grid, period, asOf, zone);
    }

    @Override
    public SortedMap<String, PatrolIndicators> staffIndicators(
            Optional<GridCode> grid, Period period, Instant asOf, ZoneId zone) {
        // Every occurrence, not the subtree's only: a case of the subtree is its finder's by its origin
        // occurrence wherever that lies.
        return PatrolIndicators.byStaff(
                histories(Optional.empty()), cases(grid), days(period, zone), grid, period, asOf, zone);
    }

    private List<List<RecordedPatrolEvent>> histories(Optional<GridCode> grid) {
        List<List<RecordedPatrolEvent>> histories = new ArrayList<>();
        PatrolQuery query = PatrolQuery.all().limit(PatrolQuery.MAX_LIMIT);
        if (grid.isPresent()) {
            query = query.within(grid.get());
        }
        while (true) {
            List<PatrolOccurrence> page = store.search(query);
            for (PatrolOccurrence o : page) {
                histories.add(store.history(o.id()));
            }
            if (page.size() < query.limit()) {
                break;
            }
            query = query.after(page.get(page.size() - 1).id());
        }
        return histories;
    }

    private List<Case> cases(Optional<GridCode> grid) {
        List<Case> found = new ArrayList<>();
        CaseQuery caseQuery = CaseQuery.all().limit(CaseQuery.MAX_LIMIT);
        if (grid.isPresent()) {
            caseQuery = caseQuery.withinGrid(grid.get());
        }
        while (true) {
            CasePage page = cases.find(caseQuery);
            found.addAll(page.cases());
            if (page.next().isEmpty()) {
                break;
            }
            caseQuery = caseQuery.after(page.next().get());
        }
        return found;
    }

    private List<TrackDay> days(Period period, ZoneId zone) {
        TreeSet<String> staff = new TreeSet<>();
        for (Grid g : directory.grids().grids()) {
            for (StaffAssignment a : g.staff()) {
                staff.add(a.personId());
            }
        }
        LocalDate first = PatrolIndicators.firstDay(period, zone);
        LocalDate last = PatrolIndicators.lastDay(period, zone);
        List<TrackDay> days = new ArrayList<>();
        for (String id : staff) {
            days.addAll(tracks.days(id, first, last));
        }
        return days;
    }
}
