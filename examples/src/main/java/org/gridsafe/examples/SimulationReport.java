package org.gridsafe.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.gridsafe.grid.Grid;
import org.gridsafe.grid.GridLevel;
import org.gridsafe.grid.GridTree;
import org.gridsafe.stats.CaseIndicators;
import org.gridsafe.stats.Ranked;
import org.locationtech.jts.geom.Envelope;

/**
 * Turns a {@link SimulationResult} into a per-street table (text) and a self-contained HTML page
 * with SVG charts and a map, readable offline in any browser: no scripts, no external files.
 */
public final class SimulationReport {

    private static final int WIDTH = 760;
    private static final int HEIGHT = 220;

    private SimulationReport() {}

    /** The per-street KPI table, one line per street, best first. */
    public static String streetTable(SimulationResult result) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "%-4s %-10s %-8s %7s %7s %7s %9s %9s %8s %8s%n",
                "rank",
                "code",
                "street",
                "reported",
                "closed",
                "due",
                "closure",
                "on-time",
                "rework",
                "overdue"));
        int rank = 1;
        for (Ranked<Grid> street : result.streets()) {
            CaseIndicators k = street.indicators();
            out.append(String.format(
                    Locale.ROOT,
                    "%-4d %-10s %-8s %7d %7d %7d %9s %9s %8s %8d%n",
                    rank++,
                    street.subject().code(),
                    street.subject().name(),
                    k.reported(),
                    k.closed(),
                    k.dueToClose(),
                    k.closureRate().percent(),
                    k.onTimeRate().percent(),
                    k.reworkRate().percent(),
                    k.overdueNow()));
        }
        CaseIndicators d = result.district();
        out.append(String.format(
                Locale.ROOT,
                "%-4s %-10s %-8s %7d %7d %7d %9s %9s %8s %8d%n",
                "",
                "",
                "全区",
                d.reported(),
                d.closed(),
                d.dueToClose(),
                d.closureRate().percent(),
                d.onTimeRate().percent(),
                d.reworkRate().percent(),
                d.overdueNow()));
        return out.toString();
    }

    /**
     * What patrols did in each run, one line per run: staffing, plan, coverage, hazards arisen, found,
     * closed and still unseen at the end (runs without a patrol model are left out). Comparing runs
     * that differ in staffing or plan shows what the change does to hazards found and closed.
     */
    public static String patrolComparison(List<SimulationResult> results) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "%-6s %-9s %8s %8s %7s %8s %7s %7s %8s%n",
                "staff",
                "plan",
                "coverage",
                "arisen",
                "found",
                "reported",
                "closed",
                "unseen",
                "found %"));
        for (SimulationResult result : results) {
            result.patrols()
                    .ifPresent(p -> out.append(String.format(
                            Locale.ROOT,
                            "%-6d %-9s %7.1f%% %8d %7d %8d %7d %7d %7.1f%%%n",
                            p.model().staffPerGrid(),
                            p.model().frequency(),
                            100 * p.coverage(),
                            p.hazardsArisen(),
                            p.hazardsFound(),
                            p.hazardsReported(),
                            p.foundAndClosed(),
                            p.unseenAtEnd(),
                            p.hazardsArisen() == 0 ? 0.0 : 100.0 * p.hazardsFound() / p.hazardsArisen())));
        }
        return out.toString();
    }

    /** Writes the HTML report to {@code file}. */
    public static void writeHtml(SimulationResult result, GridTree grids, Path file) throws IOException {
        writeHtml(result, grids, file, List.of());
    }

    /**
     * Writes the HTML report to {@code file}, with the patrol comparison of {@code compared} (other runs
     * of the same seed and days with other staffing or plans) when there is any.
     */
    public static void writeHtml(SimulationResult result, GridTree grids, Path file, List<SimulationResult> compared)
            throws IOException {
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
                .append("<title>GridSafe 区网格安全生产模拟报告</title><style>")
                .append("body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse}")
                .append("td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}th{background:#f3f3f3}")
                .append(
                        "td:nth-child(2),td:nth-child(3){text-align:left}.legend span{display:inline-block;margin-right:1em}")
                .append("</style></head><body>");
        html.append("<h1>区网格安全生产模拟报告 / District simulation report</h1>");
        html.append(String.format(
                Locale.ROOT,
                "<p>%d simulated days from %s, seed %d. Figures as of %s. Commands refused: %d.</p>",
                result.config().days(),
                result.days().get(0).day(),
                result.config().seed(),
                result.end(),
                result.refusedCommands()));
        html.append("<h2>各街道指标 / Streets</h2>").append(streetHtmlTable(result));
        html.append("<h2>案件数 / Cases over time</h2>");
        html.append(lineChart(
                result.days(),
                List.of(
                        new Series("在办 open", "#d9534f", s -> s.openCases()),
                        new Series("已结案 closed", "#5cb85c", s -> s.soFar().closed()),
                        new Series("上报 reported", "#337ab7", s -> s.soFar().reported()))));
        html.append("<h2>结案率与按期结案率 / Closure and on-time rate (%)</h2>");
        html.append(lineChart(
                result.days(),
                List.of(
                        new Series(
                                "结案率 closure",
                                "#5cb85c",
                                s -> 100 * s.soFar().closureRate().value().orElse(0)),
                        new Series(
                                "按期结案率 on time",
                                "#f0ad4e",
                                s -> 100 * s.soFar().onTimeRate().value().orElse(0)))));
        html.append("<h2>在办隐患分布 / Open hazards per micro-grid</h2>").append(map(result, grids));
        if (result.patrols().isPresent()
                || compared.stream().anyMatch(r -> r.patrols().isPresent())) {
            java.util.List<SimulationResult> runs = new java.util.ArrayList<>();
            runs.add(result);
            runs.addAll(compared);
            html.append("<h2>巡查覆盖与隐患发现 / Patrol coverage and hazards found</h2>")
                    .append("<p>Patrols find unseen hazards at a rate set by coverage (the model and its parameters"
                            + " are the project's own: docs/simulation.md).</p><pre>")
                    .append(escape(patrolComparison(runs)))
                    .append("</pre>");
        }
        html.append("</body></html>\n");
        Files.writeString(file, html.toString(), StandardCharsets.UTF_8);
    }

    private static String streetHtmlTable(SimulationResult result) {
        StringBuilder table = new StringBuilder("<table><tr><th>排名</th><th>代码</th><th>街道</th><th>上报</th>"
                + "<th>结案</th><th>应结案</th><th>结案率</th><th>按期结案率</th><th>返工率</th><th>延期率</th><th>超期在办</th></tr>");
        int rank = 1;
        for (Ranked<Grid> street : result.streets()) {
            CaseIndicators k = street.indicators();
            table.append(String.format(
                    Locale.ROOT,
                    "<tr><td>%d</td><td>%s</td><td>%s</td><td>%d</td><td>%d</td><td>%d</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%d</td></tr>",
                    rank++,
                    street.subject().code(),
                    escape(street.subject().name()),
                    k.reported(),
                    k.closed(),
                    k.dueToClose(),
                    k.closureRate().percent(),
                    k.onTimeRate().percent(),
                    k.reworkRate().percent(),
                    k.extensionRate().percent(),
                    k.overdueNow()));
        }
        return table.append("</table>").toString();
    }

    private record Series(String name, String colour, ToDoubleFunction<DailySnapshot> value) {}

    private static String lineChart(List<DailySnapshot> days, List<Series> series) {
        double max = 1;
        for (Series s : series) {
            for (DailySnapshot day : days) {
                max = Math.max(max, s.value().applyAsDouble(day));
            }
        }
        StringBuilder svg = new StringBuilder(String.format(
                Locale.ROOT,
                "<svg width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\">",
                WIDTH,
                HEIGHT + 30,
                WIDTH,
                HEIGHT + 30));
        svg.append(String.format(
                Locale.ROOT,
                "<line x1=\"40\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/><text x=\"0\" y=\"14\" font-size=\"11\">%.0f</text>",
                HEIGHT,
                WIDTH,
                HEIGHT,
                max));
        double step = days.size() > 1 ? (WIDTH - 50.0) / (days.size() - 1) : 0;
        int legend = 50;
        for (Series s : series) {
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < days.size(); i++) {
                double y = HEIGHT - (HEIGHT - 10) * s.value().applyAsDouble(days.get(i)) / max;
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", 45 + i * step, y));
            }
            svg.append(String.format(
                    Locale.ROOT,
                    "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"/>",
                    s.colour(),
                    points));
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" font-size=\"12\" fill=\"%s\">%s</text>",
                    legend,
                    HEIGHT + 22,
                    s.colour(),
                    escape(s.name())));
            legend += 170;
        }
        return svg.append("</svg>").toString();
    }

    private static String map(SimulationResult result, GridTree grids) {
        Envelope all = new Envelope();
        List<Grid> micro = grids.grids().stream()
                .filter(g -> g.level() == GridLevel.MICRO && g.boundary().isPresent())
                .toList();
        for (Grid g : micro) {
            all.expandToInclude(g.boundary().get().getEnvelopeInternal());
        }
        long max = Math.max(
                1,
                result.openByMicroGrid().values().stream()
                        .mapToLong(Long::longValue)
                        .max()
                        .orElse(1));
        double scale = WIDTH / Math.max(all.getWidth(), 1e-9);
        int height = (int) Math.ceil(all.getHeight() * scale);
        StringBuilder svg = new StringBuilder(String.format(
                Locale.ROOT,
                "<svg width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\">",
                WIDTH,
                height,
                WIDTH,
                height));
        for (Grid g : micro) {
            Envelope e = g.boundary().get().getEnvelopeInternal();
            long open = result.openByMicroGrid().getOrDefault(g.code(), 0L);
            double heat = (double) open / max;
            int red = 255;
            int other = (int) Math.round(245 - 200 * heat);
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"rgb(%d,%d,%d)\" stroke=\"#fff\" stroke-width=\"0.5\"><title>%s %s: %d</title></rect>",
                    (e.getMinX() - all.getMinX()) * scale,
                    (all.getMaxY() - e.getMaxY()) * scale,
                    e.getWidth() * scale,
                    e.getHeight() * scale,
                    red,
                    other,
                    other,
                    g.code(),
                    escape(g.name()),
                    open));
        }
        svg.append("</svg>");
        return svg
                + String.format(
                        Locale.ROOT,
                        "<p class=\"legend\"><span>white: 0 open</span><span>red: %d open (the most in one micro-grid)</span></p>",
                        max);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
