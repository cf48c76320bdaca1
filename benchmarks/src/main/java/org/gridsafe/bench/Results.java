package org.gridsafe.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The rows of one run, with when, where and under what load, as JSON and as a Markdown table. */
public record Results(
        RunMode mode,
        Instant started,
        Duration took,
        String loadAtStart,
        String loadAtEnd,
        int cores,
        String jvm,
        List<Row> rows,
        List<String> pending) {

    void write(Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Files.writeString(dir.resolve("latest.json"), json.writeValueAsString(toJson(json)) + "\n");
        Files.writeString(dir.resolve("latest.md"), markdown(), StandardCharsets.UTF_8);
    }

    ObjectNode toJson(ObjectMapper json) {
        ObjectNode root = json.createObjectNode();
        root.put("mode", mode.name().toLowerCase(Locale.ROOT));
        root.put("started", started.toString());
        root.put("tookSeconds", took.toSeconds());
        root.put("loadAtStart", loadAtStart);
        root.put("loadAtEnd", loadAtEnd);
        root.put("cores", cores);
        root.put("jvm", jvm);
        ArrayNode list = root.putArray("rows");
        for (Row r : rows) {
            ObjectNode o = list.addObject();
            o.put("suite", r.suite());
            o.put("what", r.what());
            o.put("size", r.size());
            o.put("gridsafe", r.gridsafe());
            o.put("unit", r.unit());
            r.peerName().ifPresentOrElse(n -> o.put("peerName", n), () -> o.putNull("peerName"));
            r.peer().ifPresentOrElse(p -> o.put("peer", p), () -> o.putNull("peer"));
            r.ratio().ifPresentOrElse(x -> o.put("ratio", x), () -> o.putNull("ratio"));
            o.put("target", r.target());
            r.met().ifPresentOrElse(m -> o.put("met", m), () -> o.putNull("met"));
            o.put("load1", r.load1());
            o.put("note", r.note());
        }
        ArrayNode notYet = root.putArray("pending");
        pending.forEach(notYet::add);
        return root;
    }

    /** The table of BENCHMARKS.md. */
    public String markdown() {
        StringBuilder md = new StringBuilder();
        md.append(String.format(
                Locale.ROOT,
                "Mode `%s`, started %s, took %ds, %d cores, %s.%nLoad at start: %s; at end: %s.%n%n",
                mode.name().toLowerCase(Locale.ROOT),
                started,
                took.toSeconds(),
                cores,
                jvm,
                loadAtStart,
                loadAtEnd));
        md.append("| what | size | GridSafe | peer / limit | ratio | target | met | load (1 min) |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            md.append("| ")
                    .append(r.what())
                    .append(" | ")
                    .append(r.size())
                    .append(" | ")
                    .append(figure(r.gridsafe(), r.unit()))
                    .append(" | ")
                    .append(
                            r.peer().isPresent()
                                    ? r.peerName().orElse("peer") + ": "
                                            + figure(r.peer().get(), r.unit())
                                    : "—")
                    .append(" | ")
                    .append(r.ratio()
                            .map(x -> String.format(Locale.ROOT, x < 1 ? "%.2f×" : "%,.1f×", x))
                            .orElse("—"))
                    .append(" | ")
                    .append(r.target())
                    .append(" | ")
                    .append(r.met().map(m -> m ? "yes" : "**NO**").orElse("—"))
                    .append(" | ")
                    .append(String.format(Locale.ROOT, "%.2f", r.load1()))
                    .append(" |\n");
        }
        md.append("\nNotes:\n");
        for (Row r : rows) {
            md.append("- ")
                    .append(r.what())
                    .append(", ")
                    .append(r.size())
                    .append(": ")
                    .append(r.note())
                    .append('\n');
        }
        if (!pending.isEmpty()) {
            md.append("\nNot yet measured:\n");
            pending.forEach(p -> md.append("- ").append(p).append('\n'));
        }
        return md.toString();
    }

    static String figure(double value, String unit) {
        if (unit.equals("bytes")) {
            return value >= 1e6
                    ? String.format(Locale.ROOT, "%,.1f MB", value / 1e6)
                    : String.format(Locale.ROOT, "%,.0f bytes", value);
        }
        if (value >= 100) {
            return String.format(Locale.ROOT, "%,.0f %s", value, unit);
        }
        return String.format(Locale.ROOT, "%,.2f %s", value, unit);
    }
}
