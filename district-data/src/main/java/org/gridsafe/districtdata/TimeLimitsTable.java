package org.gridsafe.districtdata;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridsafe.duty.TimeLimit;
import org.gridsafe.duty.TimeLimits;
import org.gridsafe.duty.TimeUnitKind;
import org.gridsafe.duty.WorkflowStep;
import org.gridsafe.hazard.HazardGrade;

/**
 * The {@code time-limits} table: one row per step and grade (or per step, an empty grade meaning
 * both), each with the source of the limit. Every step after {@link WorkflowStep#REPORT} needs a
 * limit for both grades, as {@link TimeLimits} does.
 */
final class TimeLimitsTable {

    private record Key(WorkflowStep step, HazardGrade grade) {}

    private TimeLimitsTable() {}

    /** The limits of the rows, or empty (with the problems added) when a row or the whole is wrong. */
    static Optional<TimeLimits> read(DistrictValidator.Named table, List<Problem> problems) {
        int before = problems.size();
        String file = table.file();
        Map<Key, TableRow> seen = new java.util.HashMap<>();
        TimeLimits.Builder builder = TimeLimits.builder();
        Map<WorkflowStep, EnumMap<HazardGrade, TableRow>> byStep = new EnumMap<>(WorkflowStep.class);
        for (TableRow row : table.rows()) {
            String at = row.location();
            Optional<WorkflowStep> step =
                    DistrictValidator.parseEnum(WorkflowStep.class, row.cell("step"), WorkflowStep::zhName);
            if (step.isEmpty()) {
                problems.add(new Problem(
                        file,
                        at,
                        "step",
                        "'" + row.cell("step") + "' is not a step with a time limit; expected one of " + steps()));
            } else if (step.get() == WorkflowStep.REPORT) {
                problems.add(new Problem(
                        file,
                        at,
                        "step",
                        "REPORT (发现上报) has no time limit: the report starts the clock; expected one of " + steps()));
                step = Optional.empty();
            }
            List<HazardGrade> grades = List.of(HazardGrade.values());
            if (!row.cell("grade").isEmpty()) {
                Optional<HazardGrade> grade =
                        DistrictValidator.parseEnum(HazardGrade.class, row.cell("grade"), HazardGrade::zhName);
                if (grade.isEmpty()) {
                    problems.add(new Problem(
                            file,
                            at,
                            "grade",
                            "'" + row.cell("grade") + "' is not a hazard grade; expected GENERAL (一般事故隐患) or"
                                    + " MAJOR (重大事故隐患), or leave it empty for both"));
                    grades = List.of();
                } else {
                    grades = List.of(grade.get());
                }
            }
            Optional<Long> amount = amount(file, row, problems);
            Optional<TimeUnitKind> unit =
                    DistrictValidator.parseEnum(TimeUnitKind.class, row.cell("unit"), TimeUnitKind::zhName);
            if (unit.isEmpty()) {
                problems.add(new Problem(
                        file,
                        at,
                        "unit",
                        "'" + row.cell("unit") + "' is not a unit; expected WORKING_HOURS (工作时) or WORKING_DAYS"
                                + " (工作日)"));
            }
            String source = row.cell("source");
            if (source.isBlank()) {
                problems.add(new Problem(
                        file,
                        at,
                        "source",
                        "is required: say where the limit comes from (the published rule, e.g. its"
                                + " number and article) or write \"project default\""));
            }
            if (step.isEmpty()) {
                continue;
            }
            for (HazardGrade grade : grades) {
                TableRow earlier = seen.putIfAbsent(new Key(step.get(), grade), row);
                if (earlier != null) {
                    problems.add(new Problem(
                            file,
                            at,
                            "step",
                            step.get() + " already has a limit for " + grade + " on " + earlier.location()
                                    + "; give one row per step and grade"));
                    continue;
                }
                byStep.computeIfAbsent(step.get(), s -> new EnumMap<>(HazardGrade.class))
                        .put(grade, row);
                if (amount.isPresent() && unit.isPresent() && !source.isBlank()) {
                    builder.limit(step.get(), grade, new TimeLimit(amount.get(), unit.get()), source);
                }
            }
        }
        for (WorkflowStep step : WorkflowStep.values()) {
            if (step == WorkflowStep.REPORT) {
                continue;
            }
            EnumMap<HazardGrade, TableRow> rows = byStep.get(step);
            for (HazardGrade grade : HazardGrade.values()) {
                if (rows == null || !rows.containsKey(grade)) {
                    problems.add(new Problem(
                            file,
                            "file",
                            "step",
                            "no time limit for " + step + " (" + step.zhName() + ") and " + grade + " ("
                                    + grade.zhName() + "): every step after REPORT needs one for both grades"));
                }
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(builder.build());
    }

    private static Optional<Long> amount(String file, TableRow row, List<Problem> problems) {
        String text = row.cell("amount");
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException e) {
            problems.add(new Problem(
                    file, row.location(), "amount", "'" + text + "' is not a whole number of hours or days"));
            return Optional.empty();
        }
        if (value < 0) {
            problems.add(new Problem(
                    file,
                    row.location(),
                    "amount",
                    "is negative (" + value + "); 0 means immediately (hours) or the same working day (days)"));
            return Optional.empty();
        }
        if (value > TimeLimit.MAX_AMOUNT) {
            problems.add(new Problem(
                    file, row.location(), "amount", value + " is above the largest limit, " + TimeLimit.MAX_AMOUNT));
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private static String steps() {
        List<String> names = new ArrayList<>();
        for (WorkflowStep s : WorkflowStep.values()) {
            if (s != WorkflowStep.REPORT) {
                names.add(s.name() + " (" + s.zhName() + ")");
            }
        }
        return String.join(", ", names);
    }

    /** The rows export writes: every step and grade in enum order, with English constants. */
    static List<List<String>> rows(TimeLimits limits) {
        List<List<String>> rows = new ArrayList<>();
        for (WorkflowStep step : WorkflowStep.values()) {
            for (HazardGrade grade : HazardGrade.values()) {
                limits.find(step, grade)
                        .ifPresent(limit -> rows.add(List.of(
                                step.name(),
                                grade.name(),
                                Long.toString(limit.amount()),
                                limit.unit().name(),
                                limits.source(step, grade).orElse(NO_SOURCE))));
            }
        }
        return rows;
    }

    /** Written for a limit stored without a source (one set in code), which the table needs. */
    static final String NO_SOURCE = "not recorded";
}
