package org.gridsafe.registry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gridsafe.entity.Evidence;
import org.gridsafe.entity.InvalidEntityValueException;
import org.gridsafe.entity.Provenance;

/**
 * The 九小场所 threshold profiles a host knows: the shipped {@code nine-small-profiles.tsv}
 * ({@value #WIDELY_USED}, secondary; {@value #ZHENGZHOU_2024}, local) plus the host's own.
 *
 * <pre>{@code
 * NineSmallProfile a = NineSmallProfiles.standard().require(NineSmallProfiles.WIDELY_USED);
 * NineSmallClassifier.classify(a, NineSmallType.SMALL_SHOP, measures).outcome();
 * }</pre>
 *
 * <p>Data format: UTF-8, TAB-separated, {@code #} starts a comment line; a {@code profile} row
 * ({@code id, zh-CN name, English name, excludes places inside a complex yes|no, evidence, source})
 * before its {@code threshold} rows ({@code profile id, NineSmallType, when (- or
 * measure=yes|no,...), measure, max, evidence, source}).
 */
public final class NineSmallProfiles {

    /** The widely copied thresholds (set A). */
    public static final String WIDELY_USED = "WIDELY_USED";

    /** The thresholds a 郑州 district published in 2024 (set B). */
    public static final String ZHENGZHOU_2024 = "ZHENGZHOU_2024";

    private static final String RESOURCE = "nine-small-profiles.tsv";

    private final Map<String, NineSmallProfile> profiles;

    private NineSmallProfiles(Map<String, NineSmallProfile> profiles) {
        this.profiles = profiles;
    }

    /** The shipped profiles. */
    public static NineSmallProfiles standard() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final NineSmallProfiles INSTANCE = load(RESOURCE, resource());
    }

    private static Reader resource() {
        InputStream in = NineSmallProfiles.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("resource " + RESOURCE + " is missing next to " + NineSmallProfiles.class);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /** The given profiles (built in code). */
    public static NineSmallProfiles of(NineSmallProfile... profiles) {
        Map<String, NineSmallProfile> map = new LinkedHashMap<>();
        for (NineSmallProfile p : profiles) {
            if (map.put(p.id(), p) != null) {
                throw new IllegalArgumentException("profile " + p.id() + " is given twice");
            }
        }
        return new NineSmallProfiles(map);
    }

    /**
     * Reads a host's profiles (format in the class description); the reader is closed.
     *
     * @throws IllegalArgumentException naming the file, line and column at fault
     */
    public static NineSmallProfiles load(String name, Reader tsv) {
        Objects.requireNonNull(tsv, "tsv");
        Map<String, NineSmallProfile> map = new LinkedHashMap<>();
        try (BufferedReader lines = new BufferedReader(tsv)) {
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.strip().startsWith("#")) {
                    continue;
                }
                List<String> f =
                        Arrays.stream(line.split("\t", -1)).map(String::strip).toList();
                String where = name + ", line " + number;
                try {
                    row(f, map);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new NineSmallProfiles(map);
    }

    private static void row(List<String> f, Map<String, NineSmallProfile> map) {
        switch (f.get(0)) {
            case "profile" -> {
                expect(f, 7, "kind, id, zh-CN name, English name, excludes inside complex, evidence, source");
                if (map.containsKey(f.get(1))) {
                    throw new IllegalArgumentException("column id: profile " + f.get(1) + " is defined twice");
                }
                map.put(
                        f.get(1),
                        new NineSmallProfile(
                                f.get(1),
                                f.get(2),
                                f.get(3),
                                yesNo(f.get(4), "excludes inside complex"),
                                provenance(f.get(5), f.get(6)),
                                List.of()));
            }
            case "threshold" -> {
                expect(f, 8, "kind, profile id, type, when, measure, max, evidence, source");
                NineSmallProfile profile = map.get(f.get(1));
                if (profile == null) {
                    throw new IllegalArgumentException(
                            "column profile id: no profile row " + f.get(1) + " above this threshold");
                }
                NineSmallType type;
                try {
                    type = NineSmallType.valueOf(f.get(2));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("column type: unknown NineSmallType " + f.get(2), e);
                }
                Map<PlaceMeasure, Boolean> when = new EnumMap<>(PlaceMeasure.class);
                if (!f.get(3).equals("-")) {
                    for (String part : f.get(3).split(",")) {
                        String[] kv = part.strip().split("=", -1);
                        if (kv.length != 2) {
                            throw new IllegalArgumentException(
                                    "column when: expected measure=yes|no, found '" + part + "'");
                        }
                        when.put(measure(kv[0].strip()), yesNo(kv[1].strip(), "when"));
                    }
                }
                int max;
                try {
                    max = Integer.parseInt(f.get(5));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("column max: not an integer: " + f.get(5), e);
                }
                map.put(
                        profile.id(),
                        profile.plus(new NineSmallThreshold(
                                type, when, measure(f.get(4)), max, provenance(f.get(6), f.get(7)))));
            }
            default ->
                throw new IllegalArgumentException("column kind: '" + f.get(0) + "' is not one of profile, threshold");
        }
    }

    private static void expect(List<String> f, int n, String columns) {
        if (f.size() != n) {
            throw new IllegalArgumentException(
                    "expected " + n + " TAB-separated fields (" + columns + "), found " + f.size());
        }
    }

    private static PlaceMeasure measure(String field) {
        try {
            return PlaceMeasure.ofField(field);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("column measure: " + e.getMessage(), e);
        }
    }

    private static boolean yesNo(String cell, String column) {
        return switch (cell) {
            case "yes" -> true;
            case "no" -> false;
            default ->
                throw new IllegalArgumentException("column " + column + ": expected yes or no, found '" + cell + "'");
        };
    }

    private static Provenance provenance(String evidence, String source) {
        Evidence e;
        try {
            e = Evidence.valueOf(evidence.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException x) {
            throw new IllegalArgumentException(
                    "column evidence: must be one of verified, local, secondary, unverified, host; found '" + evidence
                            + "'",
                    x);
        }
        return new Provenance(source, e);
    }

    /**
     * These profiles and {@code other}'s.
     *
     * @throws IllegalArgumentException if both define the same id
     */
    public NineSmallProfiles plus(NineSmallProfiles other) {
        Map<String, NineSmallProfile> map = new LinkedHashMap<>(profiles);
        for (NineSmallProfile p : other.profiles.values()) {
            if (map.put(p.id(), p) != null) {
                throw new IllegalArgumentException("profile " + p.id() + " is defined in both");
            }
        }
        return new NineSmallProfiles(map);
    }

    /** The profile with {@code id}, if known. */
    public Optional<NineSmallProfile> find(String id) {
        return Optional.ofNullable(profiles.get(id));
    }

    /**
     * The profile with {@code id}.
     *
     * @throws InvalidEntityValueException for field {@code nineSmallProfile}, listing the known ids
     */
    public NineSmallProfile require(String id) {
        return find(id).orElseThrow(() -> new InvalidEntityValueException(
                "nineSmallProfile", "unknown profile " + id + "; the known profiles are " + profiles.keySet()));
    }

    /** Every profile, in file order. */
    public List<NineSmallProfile> profiles() {
        return new ArrayList<>(profiles.values());
    }
}
