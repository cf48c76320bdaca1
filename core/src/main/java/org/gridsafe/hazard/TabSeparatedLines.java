package org.gridsafe.hazard;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the library's tab-separated data files: one record per line, fields split on TAB and
 * trimmed, blank lines and lines starting with {@code #} ignored. Keeps the line number of each
 * record so errors can point at it.
 */
final class TabSeparatedLines {

    /** One non-comment line. */
    record Row(int lineNumber, List<String> fields) {}

    private TabSeparatedLines() {}

    static List<Row> read(Reader reader) {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(reader)) {
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                List<String> fields =
                        Arrays.stream(line.split("\t", -1)).map(String::strip).toList();
                rows.add(new Row(number, fields));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    static List<Row> readResource(Class<?> owner, String name) {
        InputStream in = owner.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("resource " + name + " is missing next to " + owner.getName());
        }
        return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
