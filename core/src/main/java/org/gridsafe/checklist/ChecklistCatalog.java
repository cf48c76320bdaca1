package org.gridsafe.checklist;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridsafe.entity.Evidence;

/**
 * The checklist templates a host uses: the shipped ones ({@link #shipped()}, from
 * {@code checklists.tsv} beside this class) plus any the host loads in the same format
 * ({@link #load}, {@link #plus}). Immutable.
 *
 * <pre>{@code
 * Checklist fire = ChecklistCatalog.shipped().require(new ChecklistRef("FIRE_CHECK_ORDER61", 1));
 * }</pre>
 */
public final class ChecklistCatalog {

    private static final String RESOURCE = "checklists.tsv";
    private static final String NONE = "-";

    private final Map<ChecklistRef, Checklist> byRef;

    private ChecklistCatalog(Map<ChecklistRef, Checklist> byRef) {
        this.byRef = Map.copyOf(byRef);
    }

    /** The shipped templates. */
    public static ChecklistCatalog shipped() {
        return Holder.SHIPPED;
    }

    private static final class Holder {
        static final ChecklistCatalog SHIPPED = read(RESOURCE, resource());
    }

    private static Reader resource() {
        InputStream in = ChecklistCatalog.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the classpath");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /** Templates read from {@code reader} (file {@code name} in messages), in the shipped format. */
    public static ChecklistCatalog load(String name, Reader reader) {
        return read(name, reader);
    }

    /** This catalog and {@code other}'s templates; a version both hold is refused. */
    public ChecklistCatalog plus(ChecklistCatalog other) {
        Map<ChecklistRef, Checklist> all = new LinkedHashMap<>(byRef);
        for (Checklist c : other.byRef.values()) {
            if (all.putIfAbsent(c.ref(), c) != null) {
                throw new IllegalArgumentException("checklist " + c.ref() + " is defined twice");
            }
        }
        return new ChecklistCatalog(all);
    }

    /** Every template, by id and version. */
    public List<Checklist> all() {
        return byRef.values().stream()
                .sorted(Comparator.comparing((Checklist c) -> c.ref().id())
                        .thenComparingInt(c -> c.ref().version()))
                .toList();
    }

    /** The template of {@code ref}. */
    public Optional<Checklist> find(ChecklistRef ref) {
        return Optional.ofNullable(byRef.get(ref));
    }

    /** The template of {@code ref}, or an exception naming the ones there are. */
    public Checklist require(ChecklistRef ref) {
        return find(ref)
                .orElseThrow(() -> new IllegalArgumentException("no checklist " + ref + "; known: "
                        + all().stream().map(c -> c.ref().toString()).toList()));
    }

    /** The newest version of {@code id} in effect on {@code day}. */
    public Optional<Checklist> inEffect(String id, LocalDate day) {
        return byRef.values().stream()
                .filter(c -> c.ref().id().equals(id) && !c.effectiveFrom().isAfter(day))
                .max(Comparator.comparingInt(c -> c.ref().version()));
    }

    private record Row(String file, int line, List<String> cells) {
        String get(int i) {
            return cells.get(i);
        }

        Optional<String> optional(int i) {
            return cells.get(i).equals(NONE) ? Optional.empty() : Optional.of(cells.get(i));
        }

        IllegalArgumentException error(String message) {
            return new IllegalArgumentException(file + " line " + line + ": " + message);
        }
    }

    private static final class Draft {
        final ChecklistRef ref;
        final String title;
        final LocalDate effective;
        final Evidence evidence;
        final String source;
        final Map<String, String> sectionTitles = new LinkedHashMap<>();
        final Map<String, List<ChecklistItem>> items = new LinkedHashMap<>();

        Draft(ChecklistRef ref, String title, LocalDate effective, Evidence evidence, String source) {
            this.ref = ref;
            this.title = title;
            this.effective = effective;
            this.evidence = evidence;
            this.source = source;
        }

        Checklist build() {
            List<ChecklistSection> sections = new ArrayList<>();
            sectionTitles.forEach((code, t) -> sections.add(new ChecklistSection(code, t, items.get(code))));
            return new Checklist(ref, title, effective, evidence, source, sections);
        }
    }

    private static ChecklistCatalog read(String file, Reader reader) {
        Map<ChecklistRef, Draft> drafts = new LinkedHashMap<>();
        for (Row row : rows(file, reader)) {
            try {
                switch (row.get(0)) {
                    case "checklist" -> {
                        expect(row, 7);
                        ChecklistRef ref = new ChecklistRef(row.get(1), Integer.parseInt(row.get(2)));
                        Draft d = new Draft(
                                ref, row.get(4), LocalDate.parse(row.get(3)), evidence(row, row.get(5)), row.get(6));
                        if (drafts.putIfAbsent(ref, d) != null) {
                            throw row.error("checklist " + ref + " is defined twice");
                        }
                    }
                    case "section" -> {
                        expect(row, 5);
                        Draft d = draft(drafts, row);
                        if (d.sectionTitles.putIfAbsent(row.get(3), row.get(4)) != null) {
                            throw row.error("section " + row.get(3) + " is defined twice");
                        }
                        d.items.put(row.get(3), new ArrayList<>());
                    }
                    case "item" -> {
                        expect(row, 15);
                        Draft d = draft(drafts, row);
                        List<ChecklistItem> section = d.items.get(row.get(3));
                        if (section == null) {
                            throw row.error("section " + row.get(3) + " is not defined before its items");
                        }
                        section.add(new ChecklistItem(
                                row.get(4),
                                row.get(14),
                                row.optional(10).map(doc -> new LegalBasis(doc, row.optional(11))),
                                AnswerType.valueOf(row.get(5)),
                                yesNo(row, row.get(6)),
                                set(row.get(7)),
                                set(row.get(8)),
                                FailureSuggestion.parse(row.get(9)),
                                evidence(row, row.get(12)),
                                row.optional(13)));
                    }
                    default -> throw row.error("a row is checklist, section or item; found '" + row.get(0) + "'");
                }
            } catch (DateTimeParseException | NumberFormatException e) {
                throw row.error(e.getMessage());
            } catch (IllegalArgumentException e) {
                throw e.getMessage() != null && e.getMessage().startsWith(file) ? e : row.error(e.getMessage());
            }
        }
        Map<ChecklistRef, Checklist> built = new LinkedHashMap<>();
        drafts.forEach((ref, d) -> built.put(ref, d.build()));
        return new ChecklistCatalog(built);
    }

    private static Draft draft(Map<ChecklistRef, Draft> drafts, Row row) {
        ChecklistRef ref = new ChecklistRef(row.get(1), Integer.parseInt(row.get(2)));
        Draft d = drafts.get(ref);
        if (d == null) {
            throw row.error("checklist " + ref + " is not defined before its sections and items");
        }
        return d;
    }

    private static void expect(Row row, int columns) {
        if (row.cells().size() != columns) {
            throw row.error("a " + row.get(0) + " row has " + columns + " columns; found "
                    + row.cells().size());
        }
    }

    private static Evidence evidence(Row row, String tag) {
        try {
            return Evidence.valueOf(tag.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw row.error("evidence must be verified, local, secondary, unverified or host; found '" + tag + "'");
        }
    }

    private static boolean yesNo(Row row, String cell) {
        return switch (cell) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw row.error("photo required is yes or no; found '" + cell + "'");
        };
    }

    private static Set<String> set(String cell) {
        return cell.equals(NONE) ? Set.of() : Set.copyOf(Arrays.asList(cell.split(",")));
    }

    private static List<Row> rows(String file, Reader reader) {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(reader)) {
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                rows.add(new Row(file, number, List.of(line.split("\t", -1))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
        return rows;
    }
}
