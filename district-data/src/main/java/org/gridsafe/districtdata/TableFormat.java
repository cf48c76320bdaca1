package org.gridsafe.districtdata;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** The two formats a table file may have: CSV (UTF-8, or another charset such as GBK) and .xlsx. */
public enum TableFormat {
    /** Comma-separated values, RFC 4180 quoting; a UTF-8 byte order mark is ignored on input and written on output (Excel needs it to open zh-CN text). */
    CSV("csv"),
    /** An Excel workbook; the first sheet is read, and export writes one sheet named after the table. */
    XLSX("xlsx");

    private static final CsvMapper CSV_MAPPER = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

    private final String extension;

    TableFormat(String extension) {
        this.extension = extension;
    }

    /** The file extension, without dot. */
    public String extension() {
        return extension;
    }

    /** The format a file name's extension names, if any. */
    public static Optional<TableFormat> ofFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(f -> lower.endsWith("." + f.extension))
                .findFirst();
    }

    /**
     * Reads a table: the header row, then the data rows by column key. Every problem with the
     * header or the file goes to {@code problems}; rows that are wholly empty are skipped.
     */
    List<TableRow> read(Table table, String fileName, byte[] content, Charset charset, List<Problem> problems) {
        List<List<String>> lines;
        List<Integer> numbers = new ArrayList<>();
        try {
            lines = this == CSV ? readCsv(content, charset, numbers) : readXlsx(content, numbers);
        } catch (IOException | RuntimeException e) {
            problems.add(new Problem(
                    fileName, "file", "", "cannot be read as " + extension + ": " + String.valueOf(e.getMessage())));
            return List.of();
        }
        if (lines.isEmpty()) {
            problems.add(new Problem(
                    fileName, "file", "", "is empty; the first row must name the columns: " + table.describeColumns()));
            return List.of();
        }
        List<String> header = lines.get(0);
        Map<Integer, String> keyByIndex = new HashMap<>();
        Map<String, Integer> indexByKey = new HashMap<>();
        int headerRow = numbers.get(0);
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (i == 0 && name.startsWith("\uFEFF")) {
                name = name.substring(1);
            }
            if (name.isBlank()) {
                continue;
            }
            Optional<Table.Column> column = table.column(name);
            if (column.isEmpty()) {
                problems.add(new Problem(
                        fileName,
                        "row " + headerRow,
                        name,
                        "is not a column of the " + table.baseName() + " table; the columns are "
                                + table.describeColumns()));
            } else if (indexByKey.putIfAbsent(column.get().key(), i) != null) {
                problems.add(new Problem(
                        fileName,
                        "row " + headerRow,
                        name,
                        "names column " + column.get().key() + " a second time"));
            } else {
                keyByIndex.put(i, column.get().key());
            }
        }
        boolean complete = true;
        for (Table.Column column : table.columns()) {
            if (column.required() && !indexByKey.containsKey(column.key())) {
                problems.add(new Problem(
                        fileName,
                        "row " + headerRow,
                        column.key(),
                        "required column is missing (header " + column.key() + " or " + column.zhHeader() + ")"));
                complete = false;
            }
        }
        if (!complete) {
            // Every row would repeat the header's problem; the header is reported once.
            return List.of();
        }
        List<TableRow> rows = new ArrayList<>();
        for (int r = 1; r < lines.size(); r++) {
            List<String> line = lines.get(r);
            if (line.stream().allMatch(String::isBlank)) {
                continue;
            }
            Map<String, String> cells = new LinkedHashMap<>();
            keyByIndex.forEach((index, key) ->
                    cells.put(key, index < line.size() ? line.get(index).strip() : ""));
            rows.add(new TableRow(numbers.get(r), cells));
        }
        return rows;
    }

    private static List<List<String>> readCsv(byte[] content, Charset charset, List<Integer> numbers)
            throws IOException {
        List<List<String>> lines = new ArrayList<>();
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(content), charset);
                MappingIterator<String[]> it = CSV_MAPPER
                        .readerFor(String[].class)
                        .with(CsvSchema.emptySchema())
                        .readValues(reader)) {
            while (it.hasNextValue()) {
                // The record's first line, as an editor shows it (quoted cells may span lines).
                int line = it.getCurrentLocation().getLineNr();
                String[] values = it.nextValue();
                lines.add(Arrays.asList(values));
                numbers.add(line);
            }
        }
        return lines;
    }

    private static List<List<String>> readXlsx(byte[] content, List<Integer> numbers) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content))) {
            for (Row row : workbook.getFirstSheet().read()) {
                List<String> line = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    line.add(text(row.getCell(i)));
                }
                lines.add(line);
                numbers.add(row.getRowNum());
            }
        }
        return lines;
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            // A code or phone number typed as a number: 3.20599001E8 must read as 320599001.
            BigDecimal number = cell.asNumber();
            return number.stripTrailingZeros().toPlainString();
        }
        String text = cell.getText();
        return text == null ? "" : text;
    }

    /** Writes a table with English headers; every cell as text, so codes keep their leading digits. */
    byte[] write(Table table, List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> header = table.columns().stream().map(Table.Column::key).toList();
        try {
            if (this == CSV) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                        SequenceWriter sequence = CSV_MAPPER
                                .writerFor(String[].class)
                                .with(CsvSchema.emptySchema().withLineSeparator("\r\n"))
                                .writeValues(writer)) {
                    sequence.write(header.toArray(String[]::new));
                    for (List<String> row : rows) {
                        sequence.write(row.toArray(String[]::new));
                    }
                }
            } else {
                Workbook workbook = new Workbook(out, "GridSafe", "1.0");
                Worksheet sheet = workbook.newWorksheet(table.baseName());
                for (int c = 0; c < header.size(); c++) {
                    sheet.value(0, c, header.get(c));
                }
                for (int r = 0; r < rows.size(); r++) {
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        String value = rows.get(r).get(c);
                        if (!value.isEmpty()) {
                            sheet.value(r + 1, c, value);
                        }
                    }
                }
                workbook.finish();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
