package org.gridsafe.entity;

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
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads this package's tab-separated data files: UTF-8, one record per line, fields split on TAB
 * and trimmed, blank lines and lines starting with {@code #} ignored (the layout of the hazard
 * catalogs). Unlike those files, several of these hold more than one kind of record, so each row
 * can be checked against named columns and every error names the file, line and column.
 */
final class DataFile {

    /** The cell that means "no value" in an optional column. */
    static final String NONE = "-";

    /** One non-comment line. */
    record Row(String file, int lineNumber, List<String> fields) {

        String where() {
            return file + ", line " + lineNumber;
        }

        /** Checks the number of fields; {@code columns} name them for the message. */
        Row expect(String... columns) {
            if (fields.size() != columns.length) {
                throw new IllegalArgumentException(where() + ": expected " + columns.length + " TAB-separated fields ("
                        + String.join(", ", columns) + "), found " + fields.size());
            }
            return this;
        }

        String get(int index) {
            return fields.get(index);
        }

        /** The cell, or empty if it is {@value DataFile#NONE}. */
        Optional<String> optional(int index) {
            String cell = fields.get(index);
            return cell.equals(NONE) ? Optional.empty() : Optional.of(cell);
        }

        /** Applies {@code parse} to a cell, prefixing any error with the file, line and column. */
        <T> T parse(int index, String column, Function<String, T> parse) {
            try {
                return parse.apply(fields.get(index));
            } catch (IllegalArgumentException e) {
                throw error(column, e.getMessage(), e);
            }
        }

        IllegalArgumentException error(String column, String message) {
            return new IllegalArgumentException(where() + ", column " + column + ": " + message);
        }

        IllegalArgumentException error(String column, String message, Throwable cause) {
            return new IllegalArgumentException(where() + ", column " + column + ": " + message, cause);
        }

        /** Runs {@code build}, prefixing any validation error with the file and line. */
        <T> T build(java.util.function.Supplier<T> build) {
            try {
                return build.get();
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where() + ": " + e.getMessage(), e);
            }
        }
    }

    private DataFile() {}

    static List<Row> read(String file, Reader reader) {
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
                rows.add(new Row(file, number, fields));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** The rows of a resource next to this class. */
    static List<Row> resource(String name) {
        InputStream in = DataFile.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("resource " + name + " is missing next to " + DataFile.class.getName());
        }
        return read(name, new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** The rows whose first field is {@code kind}. */
    static List<Row> ofKind(List<Row> rows, String kind) {
        return rows.stream().filter(r -> r.get(0).equals(kind)).toList();
    }

    /** Refuses rows whose first field is none of {@code kinds}. */
    static void requireKinds(List<Row> rows, String... kinds) {
        List<String> known = List.of(kinds);
        for (Row row : rows) {
            if (!known.contains(row.get(0))) {
                throw row.error("kind", "'" + row.get(0) + "' is not one of " + String.join(", ", known));
            }
        }
    }
}
