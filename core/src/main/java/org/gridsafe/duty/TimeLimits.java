package org.gridsafe.duty;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gridsafe.hazard.HazardGrade;

/**
 * The time limit (办理时限) of each workflow step, per hazard grade.
 *
 * <p>A step either has a limit for every grade or none ({@link WorkflowStep#REPORT} has none: a
 * report starts the clock). Limits are configuration: no national standard fixes them for safety
 * grids; published city rules range from 10 minutes for dispatch to 15 working days for some
 * repairs. {@link #defaults()} says where each default comes from ({@link #sourceOfDefault}).
 *
 * <pre>{@code
 * TimeLimits limits = TimeLimits.builder()
 *         .limit(WorkflowStep.REGISTER, TimeLimit.workingHours(1))
 *         .limit(WorkflowStep.RECTIFY, HazardGrade.GENERAL, TimeLimit.workingDays(3))
 *         .limit(WorkflowStep.RECTIFY, HazardGrade.MAJOR, TimeLimit.workingDays(30))
 *         .build();
 * }</pre>
 */
public final class TimeLimits {

    private final Map<WorkflowStep, Map<HazardGrade, TimeLimit>> limits;
    private final Map<WorkflowStep, Map<HazardGrade, String>> sources;

    private TimeLimits(
            Map<WorkflowStep, Map<HazardGrade, TimeLimit>> limits,
            Map<WorkflowStep, Map<HazardGrade, String>> sources) {
        Map<WorkflowStep, Map<HazardGrade, TimeLimit>> copy = new EnumMap<>(WorkflowStep.class);
        limits.forEach((step, byGrade) -> copy.put(step, new EnumMap<>(byGrade)));
        this.limits = copy;
        Map<WorkflowStep, Map<HazardGrade, String>> sourceCopy = new EnumMap<>(WorkflowStep.class);
        sources.forEach((step, byGrade) -> {
            if (!byGrade.isEmpty()) {
                sourceCopy.put(step, new EnumMap<>(byGrade));
            }
        });
        this.sources = sourceCopy;
    }

    /**
     * The library's defaults. Each is either a published local rule or, where none fits, the
     * project's own choice; {@link #sourceOfDefault} gives the same text per step and grade:
     *
     * <table>
     *   <caption>Default time limits and where they come from</caption>
     *   <tr><th>step</th><th>general hazard</th><th>major hazard</th><th>source</th></tr>
     *   <tr><td>REGISTER 受理立案</td><td>2 working hours</td><td>2 working hours</td><td>福州 2013
     *       数字城管办法: verification and 立案派遣 within 1 h, within 2 h in 城乡结合部 — the 2 h bound
     *       (local rule)</td></tr>
     *   <tr><td>DISPATCH 派遣交办</td><td>2 working hours</td><td>2 working hours</td><td>project
     *       default (published dispatch limits are shorter: 太原 10 min urgent / 30 min otherwise,
     *       福州 1-2 h together with verification)</td></tr>
     *   <tr><td>RECTIFY 整改处置</td><td>3 working days</td><td>30 working days</td><td>general:
     *       凤县 2018 网格 rule — fixed on the spot and closed the same day, otherwise explained and
     *       fixed within 2-3 days — the 3-day bound (local rule; 令第16号 itself requires a general
     *       hazard to be fixed 立即, immediately, so a district wanting that sets 0 working days);
     *       major: project default (under 令第16号 the rectification plan sets the deadline, which
     *       the case's plan overrides)</td></tr>
     *   <tr><td>VERIFY 核查验收</td><td>1 working day</td><td>5 working days</td><td>project default
     *       (湖北 鄂安〔2010〕20号 allows 10 days for the on-site acceptance of a major hazard; 太原
     *       checks a city case's disposal within 1 h)</td></tr>
     *   <tr><td>CLOSE 结案评价</td><td>4 working hours</td><td>4 working hours</td><td>project
     *       default</td></tr>
     * </table>
     */
    public static TimeLimits defaults() {
        Builder b = builder()
                .limit(WorkflowStep.REGISTER, TimeLimit.workingHours(2))
                .limit(WorkflowStep.DISPATCH, TimeLimit.workingHours(2))
                .limit(WorkflowStep.RECTIFY, HazardGrade.GENERAL, TimeLimit.workingDays(3))
                .limit(WorkflowStep.RECTIFY, HazardGrade.MAJOR, TimeLimit.workingDays(30))
                .limit(WorkflowStep.VERIFY, HazardGrade.GENERAL, TimeLimit.workingDays(1))
                .limit(WorkflowStep.VERIFY, HazardGrade.MAJOR, TimeLimit.workingDays(5))
                .limit(WorkflowStep.CLOSE, TimeLimit.workingHours(4));
        for (WorkflowStep step : WorkflowStep.values()) {
            for (HazardGrade grade : HazardGrade.values()) {
                if (b.limits.containsKey(step)) {
                    b.source(step, grade, sourceOfDefault(step, grade).orElseThrow());
                }
            }
        }
        return b.build();
    }

    /**
     * Where the limit of {@code step} for {@code grade} comes from, as recorded with it (a district's
     * published rule, or "project default"); empty when no source was given. The {@link #defaults()}
     * carry {@link #sourceOfDefault}'s texts.
     */
    public Optional<String> source(WorkflowStep step, HazardGrade grade) {
        Objects.requireNonNull(grade, "grade");
        return Optional.ofNullable(sources.get(Objects.requireNonNull(step, "step")))
                .map(byGrade -> byGrade.get(grade));
    }

    /**
     * Where the default limit of {@code step} for {@code grade} comes from: a published local rule
     * (named) or "project default"; empty for {@link WorkflowStep#REPORT}, which has no limit.
     */
    public static Optional<String> sourceOfDefault(WorkflowStep step, HazardGrade grade) {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(grade, "grade");
        switch (step) {
            case REGISTER:
                return Optional.of("福州 2013 办法 (数字化城市管理): 核实立案派遣 within 1 h (2 h in 城乡结合部); the 2 h bound");
            case DISPATCH:
                return Optional.of("project default");
            case RECTIFY:
                return Optional.of(
                        grade == HazardGrade.GENERAL
                                ? "凤县 2018: not fixable on the spot → explained and fixed within 2-3 days; the 3-day"
                                        + " bound (令第16号 requires 立即)"
                                : "project default (the rectification plan's own deadline applies under 令第16号)");
            case VERIFY:
            case CLOSE:
                return Optional.of("project default");
            default:
                return Optional.empty();
        }
    }

    /** A builder with no limits. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these limits, to change some of them. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        limits.forEach((step, byGrade) -> byGrade.forEach((grade, limit) -> builder.limit(step, grade, limit)));
        sources.forEach((step, byGrade) -> byGrade.forEach((grade, source) -> builder.source(step, grade, source)));
        return builder;
    }

    /** The limit of {@code step} for {@code grade}, or empty if the step has no limit. */
    public Optional<TimeLimit> find(WorkflowStep step, HazardGrade grade) {
        Objects.requireNonNull(grade, "grade");
        return Optional.ofNullable(limits.get(Objects.requireNonNull(step, "step")))
                .map(byGrade -> byGrade.get(grade));
    }

    /**
     * The limit of {@code step} for {@code grade}.
     *
     * @throws IllegalArgumentException if the step has no limit (always so for {@link WorkflowStep#REPORT})
     */
    public TimeLimit limit(WorkflowStep step, HazardGrade grade) {
        return find(step, grade)
                .orElseThrow(() -> new IllegalArgumentException("no time limit for step " + step + " (" + step.zhName()
                        + ") and grade " + grade + "; steps with limits: " + limits.keySet()));
    }

    /** Whether {@code step} has a limit. */
    public boolean hasLimit(WorkflowStep step) {
        return limits.containsKey(step);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeLimits
                && ((TimeLimits) o).limits.equals(limits)
                && ((TimeLimits) o).sources.equals(sources);
    }

    @Override
    public int hashCode() {
        return limits.hashCode() * 31 + sources.hashCode();
    }

    @Override
    public String toString() {
        return "TimeLimits" + limits + (sources.isEmpty() ? "" : " sources " + sources);
    }

    /**
     * Collects limits; a later limit for the same step and grade replaces the earlier one and drops
     * the source recorded with it.
     */
    public static final class Builder {

        private final Map<WorkflowStep, Map<HazardGrade, TimeLimit>> limits = new EnumMap<>(WorkflowStep.class);
        private final Map<WorkflowStep, Map<HazardGrade, String>> sources = new EnumMap<>(WorkflowStep.class);

        private Builder() {}

        /** Sets the limit of {@code step} for both grades. */
        public Builder limit(WorkflowStep step, TimeLimit limit) {
            for (HazardGrade grade : HazardGrade.values()) {
                limit(step, grade, limit);
            }
            return this;
        }

        /** Sets the limit of {@code step} for {@code grade}. */
        public Builder limit(WorkflowStep step, HazardGrade grade, TimeLimit limit) {
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(grade, "grade");
            Objects.requireNonNull(limit, "limit");
            if (step == WorkflowStep.REPORT) {
                throw new IllegalArgumentException(
                        "step REPORT (发现上报) cannot have a time limit: the report" + " starts the clock");
            }
            limits.computeIfAbsent(step, s -> new EnumMap<>(HazardGrade.class)).put(grade, limit);
            Map<HazardGrade, String> stepSources = sources.get(step);
            if (stepSources != null) {
                stepSources.remove(grade);
            }
            return this;
        }

        /** Sets the limit of {@code step} for {@code grade} with where it comes from. */
        public Builder limit(WorkflowStep step, HazardGrade grade, TimeLimit limit, String source) {
            return limit(step, grade, limit).source(step, grade, source);
        }

        /**
         * Records where the limit of {@code step} for {@code grade} comes from (a published rule, or
         * "project default"); set it after the limit.
         *
         * @throws IllegalArgumentException if the source is blank or the step has no limit for the grade yet
         */
        public Builder source(WorkflowStep step, HazardGrade grade, String source) {
            Objects.requireNonNull(source, "source");
            if (source.isBlank()) {
                throw new IllegalArgumentException("the source of the time limit of " + step + " is blank");
            }
            if (!limits.containsKey(step) || !limits.get(step).containsKey(grade)) {
                throw new IllegalArgumentException(
                        "step " + step + " has no time limit for " + grade + " yet; set the limit before its source");
            }
            sources.computeIfAbsent(step, s -> new EnumMap<>(HazardGrade.class)).put(grade, source.strip());
            return this;
        }

        /**
         * The limits.
         *
         * @throws IllegalArgumentException if a step has a limit for one grade but not the other
         */
        public TimeLimits build() {
            limits.forEach((step, byGrade) -> {
                for (HazardGrade grade : HazardGrade.values()) {
                    if (!byGrade.containsKey(grade)) {
                        throw new IllegalArgumentException("step " + step + " has a time limit for " + byGrade.keySet()
                                + " but none for " + grade);
                    }
                }
            });
            return new TimeLimits(limits, sources);
        }
    }
}
