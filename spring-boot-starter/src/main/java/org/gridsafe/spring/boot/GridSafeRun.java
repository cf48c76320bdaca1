package org.gridsafe.spring.boot;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.gridsafe.access.Actor;
import org.gridsafe.duty.WorkCalendar;
import org.gridsafe.jdbc.JdbcGridDirectory;
import org.gridsafe.jdbc.JdbcGridSafeStorage;
import org.gridsafe.port.DirectoryChange;
import org.gridsafe.port.GridDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.io.Resource;

/**
 * One run of the storage inside the application context: on creation the district is loaded into
 * an empty database, a changed calendar file is stored, and the start-up check verifies the cases
 * written since the last clean stop (a damaged log stops the context from starting); on the
 * context's close the clean stop is recorded, after every bean that writes is gone.
 */
public final class GridSafeRun implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(GridSafeRun.class);

    /** The reason recorded when the district is stored on the first start. */
    public static final String FIRST_LOAD_REASON = "首次启动时载入的辖区数据";

    /** The reason recorded when a changed calendar file replaces the stored calendar. */
    public static final String CALENDAR_FILE_REASON = "工作日历文件已更新";

    private final JdbcGridSafeStorage storage;
    private final JdbcGridSafeStorage.StartCheck check;

    /**
     * Loads the district into an empty database (from {@code initial}, with {@code calendarFile}'s
     * calendar when given), stores a changed calendar file, then starts the run.
     *
     * @throws IllegalStateException if the database is empty and there is no initial district, or
     *     the calendar file cannot be read or parsed
     * @throws org.gridsafe.jdbc.StorageDamagedException if a checked case is damaged: do not serve
     */
    public GridSafeRun(
            JdbcGridSafeStorage storage,
            Optional<InitialDistrict> initial,
            Optional<Resource> calendarFile,
            boolean checkAll,
            Clock clock) {
        this.storage = Objects.requireNonNull(storage, "storage");
        Optional<WorkCalendar> fileCalendar = calendarFile.map(GridSafeRun::readCalendar);
        JdbcGridDirectory directory = storage.directory();
        if (!directory.isSaved()) {
            GridDirectory district = initial.orElseThrow(() ->
                            new IllegalStateException("the database holds no grid directory: define a bean of type "
                                    + InitialDistrict.class.getName()
                                    + " with the district to load on the first start"))
                    .directory();
            WorkCalendar calendar = fileCalendar.orElse(district.workCalendar());
            LOG.info("first start: storing the district's grid directory");
            directory.replace(
                    district.grids(),
                    district.dutyMatrix(),
                    district.timeLimits(),
                    calendar,
                    new DirectoryChange(
                            Actor.SYSTEM, FIRST_LOAD_REASON, LocalDate.now(clock.withZone(calendar.zone()))));
        } else if (fileCalendar.isPresent() && !fileCalendar.get().equals(directory.workCalendar())) {
            WorkCalendar calendar = fileCalendar.get();
            LOG.info("the calendar file {} differs from the stored calendar: storing it", calendarFile.get());
            directory.replace(
                    directory.grids(),
                    directory.dutyMatrix(),
                    directory.timeLimits(),
                    calendar,
                    new DirectoryChange(
                            Actor.SYSTEM, CALENDAR_FILE_REASON, LocalDate.now(clock.withZone(calendar.zone()))));
        }
        this.check = storage.startRun(checkAll);
        LOG.info(
                "start-up check: {} cases verified ({})",
                check.casesChecked(),
                check.all() ? "all cases" : "written since the last clean stop");
    }

    private static WorkCalendar readCalendar(Resource file) {
        try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            return WorkCalendar.parse(reader);
        } catch (IOException e) {
            throw new IllegalStateException("gridsafe.calendar: cannot read " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("gridsafe.calendar " + file + ": " + e.getMessage(), e);
        }
    }

    /** What the start-up check verified. */
    public JdbcGridSafeStorage.StartCheck startCheck() {
        return check;
    }

    @Override
    public void destroy() {
        try {
            storage.stopRun();
        } catch (RuntimeException e) {
            // Not recorded as clean: the next start checks this run's cases, nothing is lost.
            LOG.warn("could not record the clean stop: {}", e.toString());
        }
    }
}
