package org.gridsafe.rest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gridsafe.casework.EscalationRung;
import org.gridsafe.duty.Department;
import org.gridsafe.duty.WorkflowStep;
import org.gridsafe.grid.Grid;
import org.gridsafe.stats.CaseIndicators;
import org.gridsafe.stats.CaseScope;
import org.gridsafe.stats.DepartmentIndicators;
import org.gridsafe.stats.Period;
import org.gridsafe.stats.Ranked;
import org.gridsafe.stats.Rate;
import org.gridsafe.stats.StepDurations;

/**
 * The statistics tables as RFC 4180 CSV for spreadsheets: UTF-8 with a byte-order mark (without
 * it Excel reads the Chinese names as GBK mojibake), CRLF line ends, a header row of English
 * identifiers that mirror the JSON paths ({@code closureRate.percent},
 * {@code timePerStep.REGISTER.p90Seconds}). Indicators are one wide row; rankings one row per grid
 * or department, best first.
 */
final class StatisticsCsv {

    static final String MEDIA_TYPE = "text/csv; charset=utf-8; header=present";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final List<String> RATES = List.of("closureRate", "onTimeRate", "reworkRate", "extensionRate");

    private static final String FORMULA_STARTS = "=+-@\t\r\0＝＋－＠";

    private StatisticsCsv() {}

    /**
     * Whether the client asked for CSV: {@code text/csv} in {@code Accept} with a quality at least
     * that of JSON. JSON stays the default (no Accept, {@code *}{@code /*}, application/json).
     */
    static boolean wanted(Exchange ex) {
        Optional<String> accept = ex.header("Accept");
        if (accept.isEmpty()) {
            return false;
        }
        double csv = 0;
        double jsonQuality = 0;
        for (String range : accept.get().split(",")) {
            String[] parts = range.split(";");
            if (parts.length == 0) {
                continue; // a range of nothing but semicolons (";;;")
            }
            String type = parts[0].strip().toLowerCase(Locale.ROOT);
            double q = 1;
            for (int i = 1; i < parts.length; i++) {
                String p = parts[i].strip();
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (type.equals("text/csv")) {
                csv = Math.max(csv, q);
            } else if (type.equals("application/json")) {
                jsonQuality = Math.max(jsonQuality, q);
            }
        }
        return csv > 0 && csv >= jsonQuality;
    }

    static Reply indicators(Json json, CaseScope scope, Period period, Instant asOf, CaseIndicators indicators) {
        List<String> header = new ArrayList<>(List.of("grid", "department", "domain", "grade", "from", "to", "asOf"));
        header.addAll(figureColumns(indicators));
        List<String> row = new ArrayList<>();
        row.add(scope.withinGrid().map(g -> g.value()).orElse(""));
        row.add(scope.department().map(d -> d.value()).orElse(""));
        row.add(scope.domain().map(Enum::name).orElse(""));
        row.add(scope.grade().map(Enum::name).orElse(""));
        row.add(json.time(period.from()));
        row.add(json.time(period.to()));
        row.add(json.time(asOf));
        row.addAll(figures(indicators));
        return reply("gridsafe-indicators.csv", header, List.of(row));
    }

    static Reply grids(Json json, List<Ranked<Grid>> ranked) {
        List<String> header = new ArrayList<>(List.of("rank", "code", "name", "level"));
        header.addAll(figureColumns(ranked.isEmpty() ? null : ranked.get(0).indicators()));
        List<List<String>> rows = new ArrayList<>();
        int rank = 1;
        for (Ranked<Grid> entry : ranked) {
            List<String> row = new ArrayList<>();
            row.add(String.valueOf(rank++));
            row.add(entry.subject().code().value());
            row.add(text(entry.subject().name()));
            row.add(entry.subject().level().name());
            row.addAll(figures(entry.indicators()));
            rows.add(row);
        }
        return reply("gridsafe-grid-ranking.csv", header, rows);
    }

    static Reply departments(Json json, List<Ranked<Department>> ranked) {
        List<String> header = new ArrayList<>(List.of("rank", "id", "zhName", "enName"));
        header.addAll(figureColumns(ranked.isEmpty() ? null : ranked.get(0).indicators()));
        List<List<String>> rows = new ArrayList<>();
        int rank = 1;
        for (Ranked<Department> entry : ranked) {
            List<String> row = new ArrayList<>();
            row.add(String.valueOf(rank++));
            row.add(entry.subject().id().value());
            row.add(text(entry.subject().zhName()));
            row.add(text(entry.subject().enName()));
            row.addAll(figures(entry.indicators()));
            rows.add(row);
        }
        return reply("gridsafe-department-ranking.csv", header, rows);
    }

    static Reply departmentIndicators(Json json, List<DepartmentIndicators> items) {
        List<String> header = new ArrayList<>(
                List.of("department", "due", "done", "doneOnTime", "overduePending", "returns", "reassignedAway"));
        for (String rate : List.of("disposalRate", "onTimeDisposalRate", "overduePendingRate")) {
            for (String part : List.of("numerator", "denominator", "value", "percent")) {
                header.add(rate + "." + part);
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (DepartmentIndicators d : items) {
            List<String> row = new ArrayList<>();
            row.add(d.department().value());
            for (long n :
                    new long[] {d.due(), d.done(), d.doneOnTime(), d.overduePending(), d.returns(), d.reassignedAway()
                    }) {
                row.add(String.valueOf(n));
            }
            for (Rate rate : List.of(d.disposalRate(), d.onTimeDisposalRate(), d.overduePendingRate())) {
                row.add(String.valueOf(rate.numerator()));
                row.add(String.valueOf(rate.denominator()));
                row.add(rate.value().isPresent() ? String.valueOf(rate.value().getAsDouble()) : "");
                row.add(rate.percent());
            }
            rows.add(row);
        }
        return reply("gridsafe-department-indicators.csv", header, rows);
    }

    private static List<String> figureColumns(CaseIndicators sample) {
        List<String> columns = new ArrayList<>(List.of(
                "reported",
                "registered",
                "dispatched",
                "closed",
                "closedOnTime",
                "dueToClose",
                "closedWithRework",
                "dispatchedWithExtension"));
        for (String rate : RATES) {
            for (String part : List.of("numerator", "denominator", "value", "percent")) {
                columns.add(rate + "." + part);
            }
        }
        columns.add("overdueNow");
        for (EscalationRung rung : EscalationRung.values()) {
            columns.add("overdueByRung." + rung.name());
        }
        for (WorkflowStep step : timedSteps(sample)) {
            for (String part : List.of("count", "mean", "meanSeconds", "p90", "p90Seconds")) {
                columns.add("timePerStep." + step.name() + "." + part);
            }
        }
        return columns;
    }

    /** The timed steps; with no sample (an empty ranking), those of an empty period. */
    private static List<WorkflowStep> timedSteps(CaseIndicators sample) {
        if (sample == null) {
            return List.of(
                    WorkflowStep.REGISTER,
                    WorkflowStep.DISPATCH,
                    WorkflowStep.RECTIFY,
                    WorkflowStep.VERIFY,
                    WorkflowStep.CLOSE);
        }
        return StatisticsRoutes.timedSteps(sample).stream()
                .map(Map.Entry::getKey)
                .toList();
    }

    private static List<String> figures(CaseIndicators i) {
        List<String> row = new ArrayList<>();
        for (long n : new long[] {
            i.reported(),
            i.registered(),
            i.dispatched(),
            i.closed(),
            i.closedOnTime(),
            i.dueToClose(),
            i.closedWithRework(),
            i.dispatchedWithExtension()
        }) {
            row.add(String.valueOf(n));
        }
        for (Rate rate : List.of(i.closureRate(), i.onTimeRate(), i.reworkRate(), i.extensionRate())) {
            row.add(String.valueOf(rate.numerator()));
            row.add(String.valueOf(rate.denominator()));
            row.add(rate.value().isPresent() ? String.valueOf(rate.value().getAsDouble()) : "");
            row.add(rate.percent());
        }
        row.add(String.valueOf(i.overdueNow()));
        for (EscalationRung rung : EscalationRung.values()) {
            row.add(String.valueOf(i.overdueByRung().getOrDefault(rung, 0L)));
        }
        for (Map.Entry<WorkflowStep, StepDurations> step : StatisticsRoutes.timedSteps(i)) {
            StepDurations d = step.getValue();
            row.add(String.valueOf(d.count()));
            row.add(d.mean().map(Duration::toString).orElse(""));
            row.add(d.mean().map(m -> String.valueOf(m.toSeconds())).orElse(""));
            row.add(d.p90().map(Duration::toString).orElse(""));
            row.add(d.p90().map(p -> String.valueOf(p.toSeconds())).orElse(""));
        }
        return row;
    }

    static Reply reply(String filename, List<String> header, List<List<String>> rows) {
        StringBuilder text = new StringBuilder();
        line(text, header);
        for (List<String> row : rows) {
            line(text, row);
        }
        byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, withBom, 0, BOM.length);
        System.arraycopy(body, 0, withBom, BOM.length, body.length);
        return new Reply(
                200,
                MEDIA_TYPE,
                withBom,
                Map.of("Content-Disposition", "attachment; filename=\"" + filename + "\"", "Vary", "Accept"));
    }

    private static void line(StringBuilder text, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(cell(cells.get(i)));
        }
        text.append("\r\n");
    }

    /**
     * A name typed by an administrator, made inert for spreadsheets: a leading {@code = + - @}, tab,
     * carriage return or NUL (OWASP's list), or their full-width forms {@code ＝ ＋ － ＠} that
     * Chinese input methods type, could make a spreadsheet read the cell as a formula (CSV
     * injection), so such a cell gets a leading apostrophe. Figures never pass through here.
     */
    static String text(String value) {
        if (!value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    /** RFC 4180 quoting: only cells with a comma, quote or line break are quoted. */
    static String cell(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
