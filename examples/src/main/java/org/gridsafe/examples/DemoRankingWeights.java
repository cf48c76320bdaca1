package org.gridsafe.examples;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.gridsafe.stats.PatrolRankingWeights;

/**
 * The demo server's patrol ranking weights from system properties: {@code gridsafe.patrol.weights.<name>} for
 * grids and {@code gridsafe.patrol.staff-weights.<name>} for staff members, {@code <name>} one of {@link
 * PatrolRankingWeights#NAMES}. With none of a kind given, that kind keeps the library's defaults
 * ({@link PatrolRankingWeights#standard()}, {@link PatrolRankingWeights#staffStandard()}, the project's own
 * choice); with some given, the names not given weigh 0.
 *
 * <pre>{@code
 * java -Dgridsafe.patrol.staff-weights.onTime=0.5 -Dgridsafe.patrol.staff-weights.mileage=0.5 ... DemoMain
 * }</pre>
 */
final class DemoRankingWeights {

    static final String GRIDS = "gridsafe.patrol.weights.";
    static final String STAFF = "gridsafe.patrol.staff-weights.";

    private DemoRankingWeights() {}

    /** The grid weights of {@code properties}. */
    static PatrolRankingWeights grids(Properties properties) {
        return read(properties, GRIDS, PatrolRankingWeights.standard());
    }

    /** The staff weights of {@code properties}. */
    static PatrolRankingWeights staff(Properties properties) {
        return read(properties, STAFF, PatrolRankingWeights.staffStandard());
    }

    private static PatrolRankingWeights read(Properties properties, String prefix, PatrolRankingWeights defaults) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (!key.startsWith(prefix)) {
                continue;
            }
            String text = properties.getProperty(key).trim();
            try {
                values.put(key.substring(prefix.length()), Double.parseDouble(text));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(key + " must be a number, was '" + text + "'");
            }
        }
        if (values.isEmpty()) {
            return defaults;
        }
        try {
            return PatrolRankingWeights.of(values);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(prefix + "*: " + e.getMessage(), e);
        }
    }
}
