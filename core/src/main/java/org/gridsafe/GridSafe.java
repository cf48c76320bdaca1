package org.gridsafe;

import java.time.Clock;
import java.util.Objects;
import org.gridsafe.access.AccessPolicy;
import org.gridsafe.casework.CommandCenters;
import org.gridsafe.casework.EscalationPolicy;
import org.gridsafe.casework.MajorHazardRules;
import org.gridsafe.casework.NotificationTemplates;
import org.gridsafe.hazard.HazardCatalog;
import org.gridsafe.memory.InMemoryCaseStore;
import org.gridsafe.memory.InMemoryMediaStore;
import org.gridsafe.memory.SequentialIdGenerator;
import org.gridsafe.port.CaseQueries;
import org.gridsafe.port.CaseStatisticsQueries;
import org.gridsafe.port.CaseStore;
import org.gridsafe.port.EntityRegistry;
import org.gridsafe.port.GridDirectory;
import org.gridsafe.port.IdGenerator;
import org.gridsafe.port.MediaStore;
import org.gridsafe.port.Notifier;

/**
 * The entry point: wires the ports, the clock and the policies into a {@link Casework} service.
 * Only the {@link GridDirectory} is required; everything else has a default (in-memory store,
 * standard hazard catalog, standard access and escalation policies, the system clock).
 *
 * <pre>{@code
 * GridSafe gridSafe = GridSafe.builder()
 *         .directory(new InMemoryGridDirectory(tree, dutyMatrix, TimeLimits.defaults(), calendar))
 *         .build();
 * Case reported = gridSafe.casework().report(gridManager, report);
 * }</pre>
 */
public final class GridSafe {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(GridSafe.class);

    private final GridDirectory directory;
    private final CaseQueries caseQueries;
    private final HazardCatalog hazardCatalog;
    private final AccessPolicy accessPolicy;
    private final Casework casework;
    private final Statistics statistics;
    private final MediaStore mediaStore;
    private final DirectoryHistory directoryHistory;
    private final MajorHazardReturns majorHazardReturns;
    private final DistrictNotices districtNotices;

    private GridSafe(Builder builder) {
        this.directory = Objects.requireNonNull(builder.directory, "directory is required");
        this.hazardCatalog = builder.hazardCatalog != null ? builder.hazardCatalog : HazardCatalog.standard();
        ConfigurationCheck check = new ConfigurationCheck();
        check.stores(builder.caseStore, builder.caseQueries != null);
        check.notifier(builder.caseStore, builder.notifierGiven);
        check.idGenerator(
                builder.caseStore, builder.idGenerator == null || builder.idGenerator instanceof SequentialIdGenerator);
        check.timeLimits(directory.timeLimits());
        check.dutyMatrix(directory.dutyMatrix(), hazardCatalog, directory);
        org.gridsafe.port.MajorHazardReturnStore returnStore = builder.majorHazardReturnStore != null
                ? builder.majorHazardReturnStore
                : java.util.Optional.ofNullable(builder.caseStore)
                        .flatMap(CaseStore::majorHazardReturnStore)
                        .orElseGet(org.gridsafe.memory.InMemoryMajorHazardReturns::new);
        check.majorHazardReturns(builder.caseStore, returnStore);
        if (!check.problems().isEmpty()) {
            throw new GridSafeConfigurationException(check.problems());
        }
        InMemoryCaseStore memory = null;
        if (builder.caseStore == null) {
            memory = new InMemoryCaseStore(builder.notifier);
        }
        CaseStore store = memory != null ? memory : builder.caseStore;
        this.caseQueries = memory != null ? memory : builder.caseQueries;
        CaseStatisticsQueries statisticsQueries = memory != null
                ? memory
                : builder.caseStatistics != null ? builder.caseStatistics : new ScanningStatistics(caseQueries, store);
        this.statistics = new Statistics(statisticsQueries, directory, builder.accessPolicy);
        this.accessPolicy = builder.accessPolicy;
        this.directoryHistory = new DirectoryHistory(directory, builder.accessPolicy);
        IdGenerator ids = builder.idGenerator != null
                ? builder.idGenerator
                : new SequentialIdGenerator(directory.workCalendar().zone());
        this.mediaStore = builder.mediaStore != null ? builder.mediaStore : new InMemoryMediaStore();
        if (store.durable() && !mediaStore.durable()) {
            LOG.warn("the case store is durable but the media store is not: evidence files would be lost on"
                    + " restart while the cases refer to them; give GridSafe.builder().mediaStore(...) a durable"
                    + " store (FileSystemMediaStore or the JDBC adapter's)");
        }
        this.majorHazardReturns =
                new MajorHazardReturns(statisticsQueries, directory, builder.accessPolicy, returnStore, builder.clock);
        this.districtNotices = new DistrictNotices(
                directory,
                builder.accessPolicy,
                returnStore,
                builder.noticeStore != null ? builder.noticeStore : new org.gridsafe.memory.InMemoryDistrictNotices(),
                builder.noticeNotifier != null ? builder.noticeNotifier : builder.notifier,
                builder.noticeTemplates);
        this.casework = new Casework(
                store,
                caseQueries,
                directory,
                hazardCatalog,
                accessPolicy,
                builder.escalationPolicy,
                builder.commandCenters,
                builder.notificationTemplates,
                ids,
                mediaStore,
                builder.clock,
                builder.entityRegistry,
                builder.majorHazardRules);
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The six-step loop's commands. */
    public Casework casework() {
        return casework;
    }

    /** The read side: cases by id and by filter (no access checks; hosts apply their own). */
    public CaseQueries caseQueries() {
        return caseQueries;
    }

    /** Indicators and rankings for command centers. */
    public Statistics statistics() {
        return statistics;
    }

    /** Where evidence files are kept; commands may refer only to files stored here. */
    public MediaStore mediaStore() {
        return mediaStore;
    }

    /** The district's reference data. */
    public GridDirectory directory() {
        return directory;
    }

    /** The directory's history (who held each grid's rungs on a day, the recorded changes), with access checks. */
    public DirectoryHistory directoryHistory() {
        return directoryHistory;
    }

    /** The hazard codes cases may carry. */
    public HazardCatalog hazardCatalog() {
        return hazardCatalog;
    }

    /** Who may do what. */
    public AccessPolicy accessPolicy() {
        return accessPolicy;
    }

    /** The major-hazard statistical returns (重大事故隐患统计): figures, filing and due days. */
    public MajorHazardReturns majorHazardReturns() {
        return majorHazardReturns;
    }

    /** The district notices: the daily sweep that raises and delivers them, and their listing. */
    public DistrictNotices districtNotices() {
        return districtNotices;
    }

    /** Configures a {@link GridSafe}. */
    public static final class Builder {
        private GridDirectory directory;
        private CaseStore caseStore;
        private CaseQueries caseQueries;
        private CaseStatisticsQueries caseStatistics;
        private Notifier notifier = Notifier.none();
        private boolean notifierGiven;
        private IdGenerator idGenerator;
        private HazardCatalog hazardCatalog;
        private AccessPolicy accessPolicy = AccessPolicy.standard();
        private EscalationPolicy escalationPolicy = EscalationPolicy.standard();
        private CommandCenters commandCenters = CommandCenters.standard();
        private NotificationTemplates notificationTemplates = NotificationTemplates.standard();
        private MajorHazardRules majorHazardRules = MajorHazardRules.standard();
        private Clock clock = Clock.systemUTC();
        private MediaStore mediaStore;
        private EntityRegistry entityRegistry;
        private org.gridsafe.port.MajorHazardReturnStore majorHazardReturnStore;
        private org.gridsafe.port.DistrictNoticeStore noticeStore;
        private Notifier noticeNotifier;
        private org.gridsafe.notice.NoticeTemplates noticeTemplates = org.gridsafe.notice.NoticeTemplates.standard();

        private Builder() {}

        /**
         * The registry of supervised entities: a case naming a unit or place is checked against it
         * and records the entity's facts as of the report, and the licence run
         * ({@link Casework#openExpiredLicenceCases}) reads it. Without it, any entity id is accepted
         * as named, with no facts.
         */
        public Builder entityRegistry(EntityRegistry entityRegistry) {
            this.entityRegistry = Objects.requireNonNull(entityRegistry, "entityRegistry");
            return this;
        }

        /** Grids, duty matrix, time limits and calendar. Required. */
        public Builder directory(GridDirectory directory) {
            this.directory = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /** Where event logs are stored; give {@link #caseQueries} over the same cases too. */
        public Builder caseStore(CaseStore caseStore) {
            this.caseStore = Objects.requireNonNull(caseStore, "caseStore");
            return this;
        }

        /** The read side over the cases of {@link #caseStore}. */
        public Builder caseQueries(CaseQueries caseQueries) {
            this.caseQueries = Objects.requireNonNull(caseQueries, "caseQueries");
            return this;
        }

        /**
         * Statistics over the cases of {@link #caseStore}. Without it, statistics read every case
         * through {@link #caseQueries}: correct, but slow for a large district.
         */
        public Builder caseStatistics(CaseStatisticsQueries caseStatistics) {
            this.caseStatistics = Objects.requireNonNull(caseStatistics, "caseStatistics");
            return this;
        }

        /** Where the default in-memory store delivers notifications (durable stores have their own). */
        public Builder notifier(Notifier notifier) {
            this.notifier = Objects.requireNonNull(notifier, "notifier");
            this.notifierGiven = true;
            return this;
        }

        /** How new cases get ids; default: {@link SequentialIdGenerator}. */
        public Builder idGenerator(IdGenerator idGenerator) {
            this.idGenerator = Objects.requireNonNull(idGenerator, "idGenerator");
            return this;
        }

        /** Known hazard codes; default: {@link HazardCatalog#standard()}. */
        public Builder hazardCatalog(HazardCatalog hazardCatalog) {
            this.hazardCatalog = Objects.requireNonNull(hazardCatalog, "hazardCatalog");
            return this;
        }

        /** Who may do what; default: {@link AccessPolicy#standard()}. */
        public Builder accessPolicy(AccessPolicy accessPolicy) {
            this.accessPolicy = Objects.requireNonNull(accessPolicy, "accessPolicy");
            return this;
        }

        /** When overdue work climbs the ladder; default: {@link EscalationPolicy#standard()}. */
        public Builder escalationPolicy(EscalationPolicy escalationPolicy) {
            this.escalationPolicy = Objects.requireNonNull(escalationPolicy, "escalationPolicy");
            return this;
        }

        /**
         * Which command center a case escalates to at the top rung; default
         * {@link CommandCenters#standard()} (a micro-grid's community).
         */
        public Builder commandCenters(CommandCenters commandCenters) {
            this.commandCenters = Objects.requireNonNull(commandCenters, "commandCenters");
            return this;
        }

        /**
         * The wording of notifications (zh-CN and English); default
         * {@link NotificationTemplates#standard()}, which also fills in what a host's template leaves out.
         */
        public Builder notificationTemplates(NotificationTemplates notificationTemplates) {
            this.notificationTemplates = Objects.requireNonNull(notificationTemplates, "notificationTemplates");
            return this;
        }

        /**
         * The time limits of a major hazard's reports and of the review of its resumption; default
         * {@link MajorHazardRules#standard()} (each limit says its source).
         */
        public Builder majorHazardRules(MajorHazardRules majorHazardRules) {
            this.majorHazardRules = Objects.requireNonNull(majorHazardRules, "majorHazardRules");
            return this;
        }

        /**
         * Where evidence files are kept; default an {@link InMemoryMediaStore} with default limits.
         * With a durable case store give a durable one ({@code FileSystemMediaStore}, the JDBC
         * adapter's), or the files are lost on restart while cases refer to them.
         */
        public Builder mediaStore(MediaStore mediaStore) {
            this.mediaStore = Objects.requireNonNull(mediaStore, "mediaStore");
            return this;
        }

        /** The time source; default: the system clock in UTC. Tests pass a fixed clock. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Builds it, after checking the whole configuration: time limits for every step and grade,
         * a duty matrix without gaps for the domains it routes, a notifier that will be called,
         * durable ids for a durable store.
         *
         * @throws NullPointerException if the directory is missing
         * @throws GridSafeConfigurationException naming every problem found
         */
        /**
         * Where filed major-hazard returns are kept (the JDBC adapter's {@code majorHazardReturns()});
         * default: the case store's own ({@link CaseStore#majorHazardReturnStore()}, the JDBC store's
         * in the same database), else in memory. A store that is not durable beside a durable case
         * store is refused at {@link #build()}.
         */
        public Builder majorHazardReturnStore(org.gridsafe.port.MajorHazardReturnStore store) {
            this.majorHazardReturnStore = Objects.requireNonNull(store, "store");
            return this;
        }

        /**
         * Where district notices are kept until delivered, and the notifier that delivers them
         * ({@code deliverNotice}). Default: in memory, through {@link #notifier}. A durable case
         * store delivers its own notifications, so with one give the notice notifier here (the
         * JDBC adapter's {@code districtNotices()} store keeps them durably).
         */
        public Builder districtNotices(org.gridsafe.port.DistrictNoticeStore store, Notifier notifier) {
            this.noticeStore = Objects.requireNonNull(store, "store");
            this.noticeNotifier = Objects.requireNonNull(notifier, "notifier");
            return this;
        }

        /** The wording of district notices; default {@link org.gridsafe.notice.NoticeTemplates#standard()}. */
        public Builder noticeTemplates(org.gridsafe.notice.NoticeTemplates templates) {
            this.noticeTemplates = Objects.requireNonNull(templates, "templates");
            return this;
        }

        public GridSafe build() {
            return new GridSafe(this);
        }
    }
}
