package org.gridsafe.spring.boot;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import javax.sql.DataSource;
import org.gridsafe.GridSafe;
import org.gridsafe.access.AccessPolicy;
import org.gridsafe.hazard.HazardCatalog;
import org.gridsafe.jdbc.JdbcGridDirectory;
import org.gridsafe.jdbc.JdbcGridSafeStorage;
import org.gridsafe.jdbc.OutboxRelay;
import org.gridsafe.media.MediaLimits;
import org.gridsafe.port.CaseQueries;
import org.gridsafe.port.CaseStatisticsQueries;
import org.gridsafe.port.CaseStore;
import org.gridsafe.port.EntityRegistry;
import org.gridsafe.port.IdGenerator;
import org.gridsafe.port.IdempotencyKeys;
import org.gridsafe.port.InspectionStore;
import org.gridsafe.port.MajorHazardReturnStore;
import org.gridsafe.port.MediaStore;
import org.gridsafe.port.Notifier;
import org.gridsafe.port.PatrolStatisticsQueries;
import org.gridsafe.port.PatrolStore;
import org.gridsafe.port.PatrolTrackStore;
import org.gridsafe.port.SelfCheckStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * GridSafe on the application's {@link DataSource}: the JDBC storage (migrated on start, in
 * {@code gridsafe.schema} when set), every durable store as a bean, the {@link GridSafe} built on
 * them, the run with its start-up check and clean stop, the escalation and outbox schedules, and a
 * health indicator when the actuator is present. Every bean backs off when the host defines one of
 * the same type; {@code gridsafe.enabled=false} turns the whole of it off.
 */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"
        })
@ConditionalOnClass({GridSafe.class, JdbcGridSafeStorage.class})
@ConditionalOnBean(DataSource.class)
@ConditionalOnProperty(prefix = "gridsafe", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(GridSafeProperties.class)
public class GridSafeAutoConfiguration {

    /** An H2 file left by a crash is recovered before Spring Boot's pool first opens it. */
    @Bean
    @ConditionalOnClass(name = "com.zaxxer.hikari.HikariDataSource")
    static BeanPostProcessor gridSafeH2CrashRecovery() {
        return new H2CrashRecoveryBeforeOpening();
    }

    /** The storage on the host's DataSource (the only DataSource, or the one marked primary), migrated. */
    @Bean
    @ConditionalOnMissingBean
    public JdbcGridSafeStorage gridSafeStorage(DataSource dataSource, GridSafeProperties properties) {
        DataSource target =
                properties.getSchema() == null || properties.getSchema().isBlank()
                        ? dataSource
                        : SchemaDataSource.of(dataSource, properties.getSchema());
        return JdbcGridSafeStorage.create(target).migrate();
    }

    @Bean
    @ConditionalOnMissingBean
    public GridSafeRun gridSafeRun(
            JdbcGridSafeStorage storage,
            ObjectProvider<InitialDistrict> initialDistrict,
            GridSafeProperties properties,
            ObjectProvider<Clock> clock) {
        return new GridSafeRun(
                storage,
                Optional.ofNullable(initialDistrict.getIfUnique()),
                Optional.ofNullable(properties.getCalendar()),
                properties.isCheckAllAtStart(),
                clock.getIfUnique(Clock::systemUTC));
    }

    /** The directory as stored; the run (first load, calendar file) has written it before it is read. */
    @Bean
    @ConditionalOnMissingBean
    public JdbcGridDirectory gridSafeDirectory(JdbcGridSafeStorage storage, GridSafeRun run) {
        return storage.directory();
    }

    @Bean
    @ConditionalOnMissingBean
    public CaseStore gridSafeCaseStore(JdbcGridSafeStorage storage) {
        return CaseStoreBeans.writeSide(storage.caseStore());
    }

    @Bean
    @ConditionalOnMissingBean
    public CaseQueries gridSafeCaseQueries(JdbcGridSafeStorage storage) {
        return CaseStoreBeans.readSide(storage.caseQueries());
    }

    @Bean
    @ConditionalOnMissingBean
    public CaseStatisticsQueries gridSafeCaseStatistics(JdbcGridSafeStorage storage) {
        return storage.caseStatistics();
    }

    /** Case ids dated in {@code gridsafe.time-zone} (default the calendar's), starting with {@code gridsafe.id-prefix}. */
    @Bean
    @ConditionalOnMissingBean
    public IdGenerator gridSafeIdGenerator(
            JdbcGridSafeStorage storage, JdbcGridDirectory directory, GridSafeProperties properties) {
        ZoneId zone = properties.getTimeZone() != null
                ? properties.getTimeZone()
                : directory.workCalendar().zone();
        IdGenerator ids = storage.idGenerator(zone);
        String prefix = PrefixedIdGenerator.checked(properties.getIdPrefix());
        return prefix.equals(PrefixedIdGenerator.STORAGE_PREFIX) ? ids : new PrefixedIdGenerator(ids, prefix);
    }

    /** Evidence files in the database, with the default limits (10 MiB a file, see {@link MediaLimits}). */
    @Bean
    @ConditionalOnMissingBean
    public MediaStore gridSafeMediaStore(JdbcGridSafeStorage storage) {
        return storage.mediaStore(MediaLimits.defaults());
    }

    @Bean
    @ConditionalOnMissingBean
    public EntityRegistry gridSafeEntityRegistry(JdbcGridSafeStorage storage) {
        return storage.entityRegistry();
    }

    @Bean
    @ConditionalOnMissingBean
    public MajorHazardReturnStore gridSafeMajorHazardReturns(JdbcGridSafeStorage storage) {
        return storage.majorHazardReturns();
    }

    @Bean
    @ConditionalOnMissingBean
    public IdempotencyKeys gridSafeIdempotencyKeys(JdbcGridSafeStorage storage) {
        return storage.idempotencyKeys();
    }

    @Bean
    @ConditionalOnMissingBean
    public PatrolStore gridSafePatrolStore(JdbcGridSafeStorage storage) {
        return storage.patrolStore();
    }

    @Bean
    @ConditionalOnMissingBean
    public PatrolTrackStore gridSafePatrolTrackStore(JdbcGridSafeStorage storage) {
        return storage.patrolTrackStore();
    }

    @Bean
    @ConditionalOnMissingBean
    public PatrolStatisticsQueries gridSafePatrolStatistics(JdbcGridSafeStorage storage) {
        return storage.patrolStatistics();
    }

    @Bean
    @ConditionalOnMissingBean
    public InspectionStore gridSafeInspectionStore(JdbcGridSafeStorage storage) {
        return storage.inspectionStore();
    }

    @Bean
    @ConditionalOnMissingBean
    public SelfCheckStore gridSafeSelfCheckStore(JdbcGridSafeStorage storage) {
        return storage.selfCheckStore();
    }

    /**
     * GridSafe on the stores above. The host's {@link AccessPolicy}, {@link HazardCatalog} and
     * {@link Clock} beans are used when it defines them.
     */
    @Bean
    @ConditionalOnMissingBean
    public GridSafe gridSafe(
            GridSafeRun run,
            JdbcGridDirectory gridSafeDirectory,
            CaseStore gridSafeCaseStore,
            CaseQueries gridSafeCaseQueries,
            CaseStatisticsQueries gridSafeCaseStatistics,
            IdGenerator gridSafeIdGenerator,
            MediaStore gridSafeMediaStore,
            EntityRegistry gridSafeEntityRegistry,
            MajorHazardReturnStore gridSafeMajorHazardReturns,
            ObjectProvider<AccessPolicy> accessPolicy,
            ObjectProvider<HazardCatalog> hazardCatalog,
            ObjectProvider<Clock> clock) {
        GridSafe.Builder builder = GridSafe.builder()
                .directory(gridSafeDirectory)
                .caseStore(gridSafeCaseStore)
                .caseQueries(gridSafeCaseQueries)
                .caseStatistics(gridSafeCaseStatistics)
                .idGenerator(gridSafeIdGenerator)
                .mediaStore(gridSafeMediaStore)
                .entityRegistry(gridSafeEntityRegistry)
                .majorHazardReturnStore(gridSafeMajorHazardReturns)
                .clock(clock.getIfUnique(Clock::systemUTC));
        accessPolicy.ifUnique(builder::accessPolicy);
        hazardCatalog.ifUnique(builder::hazardCatalog);
        return builder.build();
    }

    /** Logs each notification until the host defines where they go. */
    @Bean
    @ConditionalOnMissingBean
    public Notifier gridSafeNotifier() {
        return new LoggingNotifier();
    }

    @Bean
    @ConditionalOnMissingBean
    public OutboxRelay gridSafeOutboxRelay(
            JdbcGridSafeStorage storage, Notifier notifier, ObjectProvider<Clock> clock) {
        return storage.outboxRelay(notifier, clock.getIfUnique(Clock::systemUTC));
    }

    @Bean
    @ConditionalOnMissingBean
    public GridSafeSchedules gridSafeSchedules(
            GridSafe gridSafe, OutboxRelay relay, GridSafeProperties properties, ObjectProvider<Clock> clock) {
        return new GridSafeSchedules(gridSafe, relay, clock.getIfUnique(Clock::systemUTC), properties);
    }

    /** Registered only when the host has the actuator on its class path. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
    static class HealthConfiguration {

        @Bean
        @ConditionalOnMissingBean(name = "gridSafeHealthIndicator")
        GridSafeHealthIndicator gridSafeHealthIndicator(
                JdbcGridSafeStorage storage,
                OutboxRelay relay,
                ObjectProvider<GridSafeSchedules> schedules,
                ObjectProvider<Clock> clock) {
            return new GridSafeHealthIndicator(
                    storage,
                    relay,
                    Optional.ofNullable(schedules.getIfAvailable()),
                    clock.getIfUnique(Clock::systemUTC));
        }
    }
}
