package org.gridsafe.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The repository is all a user has: it points to nothing outside itself, its glossary names only
 * identifiers the code has (with the code's Chinese terms), and its architecture page lists every
 * package. Runs from the {@code examples} module, whose classpath holds core and both adapters.
 */
class DocsStandAloneTest {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    /** Folders that are build output, tool state or local data, not the repository's text. */
    static final Set<String> SKIPPED = Set.of(".git", "target", "node_modules", "gridsafe-data", ".idea");

    /** Team folders outside the repository, and tracker numbers, which a reader of the repository cannot follow. */
    // Spelled in parts so that this line is not itself a reference that the release check flags.
    static final Pattern OUTSIDE = Pattern.compile(
            String.join(
                    "|",
                    "\\.\\./" + "shared",
                    "shared" + "/docs",
                    "\\b[Ii]ss" + "ue [0-9]+",
                    "\\b[Ii]ss" + "ues? #[0-9]+",
                    "\\b[Ii]ss" + "ue #"),
            Pattern.MULTILINE);

    static final Pattern MARKDOWN_FILE = Pattern.compile("\\b([A-Za-z0-9_-]+\\.md)\\b");

    @Test
    void nothing_in_the_repository_points_outside_it() {
        List<Path> files = textFiles();
        assertThat(files).as("the scan sees the repository").hasSizeGreaterThan(100);
        Set<String> markdown = new TreeSet<>();
        files.forEach(f -> {
            if (f.getFileName().toString().endsWith(".md")) {
                markdown.add(f.getFileName().toString());
            }
        });
        assertThat(markdown).contains("README.md", "design.md", "glossary.md", "sources.md", "architecture.md");
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            if (file.getFileName().toString().equals("DocsStandAloneTest.java")) {
                continue; // states the patterns it looks for
            }
            List<String> lines = lines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                String where = ROOT.relativize(file) + ":" + (i + 1) + ": ";
                Matcher outside = OUTSIDE.matcher(line);
                if (outside.find()) {
                    found.add(where + "'" + outside.group() + "' in " + line.strip());
                }
                Matcher md = MARKDOWN_FILE.matcher(line);
                while (md.find()) {
                    if (!markdown.contains(md.group(1))) {
                        found.add(where + md.group(1) + " is not a file of the repository");
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    /** The glossary's identifier cells: {@code `Type`} or {@code `Type.CONSTANT`}, with the Chinese term beside it. */
    record Row(String identifier, String zh, int line) {}

    static List<Row> glossary() {
        List<String> lines = lines(ROOT.resolve("docs/glossary.md"));
        List<Row> rows = new ArrayList<>();
        Pattern row = Pattern.compile("^\\| `([A-Za-z0-9_.]+)` \\| ([^|]+) \\|");
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = row.matcher(lines.get(i));
            if (m.find()) {
                rows.add(new Row(m.group(1), m.group(2).strip(), i + 1));
            }
        }
        return rows;
    }

    @Test
    void the_glossary_names_only_identifiers_of_the_code_with_their_chinese_terms() throws Exception {
        List<Row> rows = glossary();
        assertThat(rows).hasSizeGreaterThan(100);
        List<String> wrong = new ArrayList<>();
        for (Row row : rows) {
            String[] parts = row.identifier().split("\\.");
            Optional<Class<?>> type = type(parts[0]);
            if (type.isEmpty()) {
                wrong.add("line " + row.line() + ": no type " + parts[0]);
                continue;
            }
            if (parts.length == 2) {
                Class<?> c = type.get();
                Object constant = c.isEnum()
                        ? Stream.of(c.getEnumConstants())
                                .filter(e -> ((Enum<?>) e).name().equals(parts[1]))
                                .findFirst()
                                .orElse(null)
                        : null;
                if (constant == null) {
                    wrong.add("line " + row.line() + ": " + c.getSimpleName() + " has no constant " + parts[1]);
                } else {
                    String zh = (String) c.getMethod("zhName").invoke(constant);
                    if (!zh.equals(row.zh())) {
                        wrong.add("line " + row.line() + ": " + row.identifier() + " is " + zh + " in the code, "
                                + row.zh() + " in the glossary");
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void every_displayed_constant_of_the_core_is_in_the_glossary() throws Exception {
        Set<String> listed = new TreeSet<>();
        glossary().forEach(r -> listed.add(r.identifier()));
        List<String> missing = new ArrayList<>();
        int enums = 0;
        for (String pkg : packages()) {
            for (String name : classNames(pkg)) {
                Optional<Class<?>> type = load(pkg + "." + name);
                if (type.isEmpty()) {
                    continue; // benchmarks: not on this module's classpath
                }
                Class<?> c = type.get();
                if (c.isEnum() && hasZhName(c)) {
                    enums++;
                    for (Object constant : c.getEnumConstants()) {
                        String id = c.getSimpleName() + "." + ((Enum<?>) constant).name();
                        if (!listed.contains(id)) {
                            missing.add(id);
                        }
                    }
                }
            }
        }
        assertThat(enums).as("enums with display names").isGreaterThanOrEqualTo(15);
        assertThat(missing)
                .as("constants with a zh-CN name but no glossary row")
                .isEmpty();
    }

    @Test
    void the_architecture_page_lists_every_package() {
        String architecture = String.join("\n", lines(ROOT.resolve("docs/architecture.md")));
        Set<String> packages = packages();
        assertThat(packages)
                .contains("org.gridsafe", "org.gridsafe.casework", "org.gridsafe.rest", "org.gridsafe.bench");
        List<String> missing = packages.stream()
                .filter(p -> !Pattern.compile("(?m)^" + Pattern.quote(p) + "\\s")
                        .matcher(architecture)
                        .find())
                .toList();
        assertThat(missing)
                .as("packages without a line of their own in docs/architecture.md")
                .isEmpty();
    }

    private static boolean hasZhName(Class<?> c) {
        try {
            return c.getMethod("zhName").getReturnType() == String.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static Optional<Class<?>> type(String simpleName) {
        for (String pkg : packages()) {
            Optional<Class<?>> type = load(pkg + "." + simpleName);
            if (type.isPresent()) {
                return type;
            }
        }
        return Optional.empty();
    }

    private static Optional<Class<?>> load(String name) {
        try {
            return Optional.of(Class.forName(name, false, DocsStandAloneTest.class.getClassLoader()));
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }

    private static Set<String> packages;

    /** Every package of the modules' main code, from the source folders. */
    static synchronized Set<String> packages() {
        if (packages == null) {
            packages = scanPackages();
        }
        return packages;
    }

    private static Set<String> scanPackages() {
        Set<String> packages = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(ROOT, 12)) {
            walk.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> p.toString().contains("/src/main/java/"))
                    .filter(p -> !p.getFileName().toString().equals("package-info.java"))
                    .forEach(p -> {
                        String path = p.getParent().toString();
                        packages.add(path.substring(path.indexOf("/src/main/java/") + "/src/main/java/".length())
                                .replace('/', '.'));
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return packages;
    }

    private static List<String> classNames(String pkg) {
        List<String> names = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(ROOT, 12)) {
            walk.filter(p -> p.toString().endsWith("/src/main/java/" + pkg.replace('.', '/') + "/" + p.getFileName()))
                    .filter(p -> p.toString().endsWith(".java"))
                    .forEach(p -> names.add(p.getFileName().toString().replace(".java", "")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        names.remove("package-info");
        return names;
    }

    private static List<Path> textFiles() {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(ROOT)) {
            walk.filter(p -> {
                        for (Path part : ROOT.relativize(p)) {
                            if (SKIPPED.contains(part.toString())) {
                                return false;
                            }
                        }
                        return Files.isRegularFile(p);
                    })
                    .forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.removeIf(f -> !isText(f));
        return files;
    }

    private static boolean isText(Path file) {
        try {
            if (Files.size(file) > 4_000_000) {
                return false;
            }
            byte[] bytes = Files.readAllBytes(file);
            for (byte b : bytes) {
                if (b == 0) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return List.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n", -1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
