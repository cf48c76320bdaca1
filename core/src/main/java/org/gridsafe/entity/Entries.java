package org.gridsafe.entity;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Indexes a catalog's entries by id, refusing duplicates, and words "unknown id" errors alike. */
final class Entries {

    private Entries() {}

    /** Entries by id in the given order; a second entry with the same id is refused. */
    static <T> Map<String, T> index(Collection<T> entries, Function<T, String> id, String what) {
        Map<String, T> byId = new LinkedHashMap<>();
        for (T entry : entries) {
            if (byId.putIfAbsent(id.apply(entry), entry) != null) {
                throw new IllegalArgumentException(what + " " + id.apply(entry) + " is defined twice");
            }
        }
        return java.util.Collections.unmodifiableMap(byId);
    }

    /** Both maps' entries; an id in both is refused. */
    static <T> Map<String, T> union(Map<String, T> a, Map<String, T> b, String what) {
        Map<String, T> all = new LinkedHashMap<>(a);
        b.forEach((id, entry) -> {
            if (all.putIfAbsent(id, entry) != null) {
                throw new IllegalArgumentException(what + " " + id + " is defined twice");
            }
        });
        return java.util.Collections.unmodifiableMap(all);
    }

    static <T> T require(Map<String, T> byId, String id, String field, String what) {
        T entry = byId.get(id);
        if (entry == null) {
            throw new InvalidEntityValueException(field, unknown(byId.keySet(), id, what));
        }
        return entry;
    }

    static String unknown(Collection<String> known, String id, String what) {
        return "unknown " + what + " '" + id + "'; known: "
                + known.stream().sorted().collect(Collectors.joining(", "));
    }

    static List<String> splitList(String cell) {
        return List.of(cell.split(",", -1)).stream().map(String::strip).toList();
    }
}
