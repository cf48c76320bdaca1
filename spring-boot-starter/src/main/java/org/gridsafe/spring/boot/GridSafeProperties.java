package org.gridsafe.spring.boot;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * The {@code gridsafe.*} properties of the Spring Boot starter. Every default is the project's own
 * choice unless its Javadoc names a source; the demo server uses the same values.
 */
@ConfigurationProperties(prefix = "gridsafe")
public class GridSafeProperties {

    /** Whether GridSafe is configured at all; false turns off every bean, schedule and health check of the starter. */
    private boolean enabled = true;

    /**
     * The zone in which case ids are dated. Default: the zone of the district's work calendar
     * (Asia/Shanghai for the shipped calendar, the zone of mainland China).
     */
    private ZoneId timeZone;

    /**
     * A work calendar file (format 1, see docs/calendars.md), e.g. classpath:calendar-2027.txt or
     * file:/etc/gridsafe/calendar.txt. On the first start it is the district's calendar; on a later
     * start a file that differs from the stored calendar replaces it, recorded as a directory
     * change by the system effective that day. Default: none, the stored calendar (or the initial
     * district's) is kept.
     */
    private Resource calendar;

    /**
     * The letters case ids start with, before the date and the number. Default YH (隐患, hazard),
     * the project's own choice; 1-20 letters, digits, '-' or '_'.
     */
    private String idPrefix = "YH";

    /**
     * The database schema that holds GridSafe's tables, created when missing, so they live beside
     * the host's own tables (names such as grid, department and outbox would clash otherwise).
     * Lower-case letters, digits and '_'. Default: none, the DataSource's current schema.
     */
    private String schema;

    /**
     * Whether every stored case is verified at start (hash chain and projection), not only those
     * written since the last clean stop. Default false: a start after a clean stop checks nothing.
     */
    private boolean checkAllAtStart;

    private final Escalation escalation = new Escalation();

    private final Outbox outbox = new Outbox();

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public ZoneId getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(ZoneId timeZone) {
        this.timeZone = timeZone;
    }

    public Resource getCalendar() {
        return calendar;
    }

    public void setCalendar(Resource calendar) {
        this.calendar = calendar;
    }

    public String getIdPrefix() {
        return idPrefix;
    }

    public void setIdPrefix(String idPrefix) {
        this.idPrefix = idPrefix;
    }

    public String getSchema() {
        return schema;
    }

    public void setSchema(String schema) {
        this.schema = schema;
    }

    public boolean isCheckAllAtStart() {
        return checkAllAtStart;
    }

    public void setCheckAllAtStart(boolean checkAllAtStart) {
        this.checkAllAtStart = checkAllAtStart;
    }

    public Escalation getEscalation() {
        return escalation;
    }

    public Outbox getOutbox() {
        return outbox;
    }

    /** The escalation run: overdue work climbs the responsibility chain. */
    public static class Escalation {

        /** Whether the starter runs the escalation on a schedule; false when the host runs it itself. */
        private boolean enabled = true;

        /**
         * Time between the end of one escalation run and the start of the next. Default 1 minute,
         * the project's own choice: the shortest time limits are counted in working hours, so a
         * minute late is well inside them.
         */
        private Duration interval = Duration.ofMinutes(1);

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public Duration getInterval() {
            return interval;
        }

        public void setInterval(Duration interval) {
            this.interval = interval;
        }
    }

    /** The delivery of the transactional outbox to the host's notifier. */
    public static class Outbox {

        /** Whether the starter delivers the outbox on a schedule; false when another process delivers it. */
        private boolean enabled = true;

        /**
         * Time between delivery rounds (a round delivers every due notification in batches of 100).
         * Default 1 second, the project's own choice.
         */
        private Duration interval = Duration.ofSeconds(1);

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public Duration getInterval() {
            return interval;
        }

        public void setInterval(Duration interval) {
            this.interval = interval;
        }
    }
}
