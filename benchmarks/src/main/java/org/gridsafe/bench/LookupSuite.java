package org.gridsafe.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Issue item 4: point → grid lookups per second with {@code GridLocator} vs a brute-force scan, on
 * 1k/10k/100k micro-grids, one thread (so the figure is per core). Targets: ≥ 1M lookups/s at 100k;
 * cost growth from the smallest to the largest district log-like (≤ 2× from 1k to 100k micro-grids,
 * where a logarithm predicts about 1.6× and a linear scan about 92×).
 */
final class LookupSuite implements Suite {

    static final double TARGET_AT_100K = 1_000_000;
    static final double GROWTH_LIMIT = 2.0;

    @Override
    public String name() {
        return "lookup";
    }

    @Override
    public List<Row> run(RunMode mode) throws Exception {
        String[] sizes = mode.gridSizes.toArray(String[]::new);
        Map<String, Jmh.Score> scores = Jmh.run(
                mode,
                1,
                Map.of("grids", sizes),
                Jmh.name(LookupBenchmark.class, "locator"),
                Jmh.name(LookupBenchmark.class, "bruteForce"));
        double load = Load.oneMinute();
        List<Row> rows = new ArrayList<>();
        for (String size : sizes) {
            Jmh.Score locator = scores.get("locator grids=" + size);
            Jmh.Score brute = scores.get("bruteForce grids=" + size);
            boolean targeted = size.equals("100000");
            double ratio = locator.value() / brute.value();
            rows.add(new Row(
                    name(),
                    "point → grid lookup (1 thread)",
                    micro(size),
                    locator.value(),
                    "lookups/s",
                    Optional.of("brute-force scan, JTS covers"),
                    Optional.of(brute.value()),
                    Optional.of(ratio),
                    targeted ? "GridSafe ≥ 1,000,000/s" : "—",
                    targeted ? Optional.of(locator.value() >= TARGET_AT_100K) : Optional.empty(),
                    load,
                    "locator " + locator.plusMinus() + ", brute force " + brute.plusMinus()));
        }
        String smallest = sizes[0];
        String largest = sizes[sizes.length - 1];
        if (!smallest.equals(largest)) {
            double locatorGrowth = scores.get("locator grids=" + smallest).value()
                    / scores.get("locator grids=" + largest).value();
            double bruteGrowth = scores.get("bruteForce grids=" + smallest).value()
                    / scores.get("bruteForce grids=" + largest).value();
            boolean fullRange = smallest.equals("1000") && largest.equals("100000");
            rows.add(new Row(
                    name(),
                    "lookup cost growth, time per lookup at " + micro(largest) + " ÷ at " + micro(smallest),
                    micro(smallest) + " → " + micro(largest),
                    locatorGrowth,
                    "× time per lookup",
                    Optional.of("brute-force scan growth"),
                    Optional.of(bruteGrowth),
                    Optional.of(bruteGrowth / locatorGrowth),
                    fullRange ? "GridSafe ≤ 2× (log-like)" : "—",
                    fullRange ? Optional.of(locatorGrowth <= GROWTH_LIMIT) : Optional.empty(),
                    load,
                    "sizes grow ×" + (Integer.parseInt(largest) / Integer.parseInt(smallest))
                            + "; ratio = how much faster the scan's cost grows"));
        }
        return rows;
    }

    private static String micro(String size) {
        int n = Integer.parseInt(size);
        return n >= 1000 ? String.format(Locale.ROOT, "%dk micro-grids", n / 1000) : n + " micro-grids";
    }
}
