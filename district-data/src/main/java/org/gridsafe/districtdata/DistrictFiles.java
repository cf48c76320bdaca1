package org.gridsafe.districtdata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files of one district by name: {@code grids.geojson}, and {@code staff}, {@code
 * responsibility}, {@code departments}, {@code duty-rules}, {@code time-limits} and {@code calendar},
 * each as {@code .csv} or {@code .xlsx} (the calendar also as {@code calendar.txt}). Held in memory, so the same import runs on a folder, an upload or a test's bytes.
 */
public final class DistrictFiles {

    private final Map<String, byte[]> files;

    private DistrictFiles(Map<String, byte[]> files) {
        this.files = files;
    }

    /** The given files by name (no folders in the names). */
    public static DistrictFiles of(Map<String, byte[]> files) {
        return new DistrictFiles(new TreeMap<>(files));
    }

    /**
     * The regular files of a folder (not its subfolders).
     *
     * @throws UncheckedIOException when the folder cannot be read
     */
    public static DistrictFiles fromDirectory(Path directory) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> list = Files.list(directory)) {
            for (Path path : list.sorted().toList()) {
                if (Files.isRegularFile(path)) {
                    files.put(path.getFileName().toString(), Files.readAllBytes(path));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the folder " + directory + ": " + e.getMessage(), e);
        }
        return of(files);
    }

    /** Writes every file into a folder, creating it; existing files of the same names are replaced. */
    public void writeTo(Path directory) {
        try {
            Files.createDirectories(directory);
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Files.write(directory.resolve(file.getKey()), file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the folder " + directory + ": " + e.getMessage(), e);
        }
    }

    /** Every file, by name. */
    public Map<String, byte[]> files() {
        return java.util.Collections.unmodifiableMap(files);
    }

    Optional<byte[]> file(String name) {
        return Optional.ofNullable(files.get(name));
    }
}
