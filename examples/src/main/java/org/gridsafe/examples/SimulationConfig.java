package org.gridsafe.examples;

/**
 * The knobs of a {@link DistrictSimulation}. Rates are per simulated day across the whole district;
 * shares and rates of failure are probabilities from 0 to 1.
 *
 * @param seed the random seed: the same seed gives the same run
 * @param days how many days to simulate
 * @param patrolReportsPerDay hazards found by grid staff on patrol
 * @param selfReportsPerDay hazards reported by enterprises themselves
 * @param citizenReportsPerDay hazards reported by residents
 * @param majorShare the share of reports that are major hazards
 * @param fixedOnSpotShare the share of patrol finds fixed on the spot (立查立改)
 * @param lateShare the share of steps a handler finishes only after the deadline
 * @param reworkShare the share of verifications that fail
 * @param extensionShare the share of dispatched cases whose handler asks for more time
 * @param patrols how patrols find hazards ({@link PatrolModel}); when present it replaces {@code
 *     patrolReportsPerDay}, so patrol finds follow staffing and plan frequency
 */
public record SimulationConfig(
        long seed,
        int days,
        double patrolReportsPerDay,
        double selfReportsPerDay,
        double citizenReportsPerDay,
        double majorShare,
        double fixedOnSpotShare,
        double lateShare,
        double reworkShare,
        double extensionShare,
        java.util.Optional<PatrolModel> patrols) {

    public SimulationConfig {
        patrols = patrols == null ? java.util.Optional.empty() : patrols;
        if (days < 1 || days > 3660) {
            throw new IllegalArgumentException("days must be 1 to 3660, was " + days);
        }
        for (double share : new double[] {majorShare, fixedOnSpotShare, lateShare, reworkShare, extensionShare}) {
            if (share < 0 || share > 1) {
                throw new IllegalArgumentException("shares must be 0 to 1, was " + share);
            }
        }
        if (patrolReportsPerDay < 0 || selfReportsPerDay < 0 || citizenReportsPerDay < 0) {
            throw new IllegalArgumentException("report rates cannot be negative");
        }
    }

    /** Patrol finds at a fixed rate ({@code patrolReportsPerDay}), without the patrol model. */
    public SimulationConfig(
            long seed,
            int days,
            double patrolReportsPerDay,
            double selfReportsPerDay,
            double citizenReportsPerDay,
            double majorShare,
            double fixedOnSpotShare,
            double lateShare,
            double reworkShare,
            double extensionShare) {
        this(
                seed,
                days,
                patrolReportsPerDay,
                selfReportsPerDay,
                citizenReportsPerDay,
                majorShare,
                fixedOnSpotShare,
                lateShare,
                reworkShare,
                extensionShare,
                java.util.Optional.empty());
    }

    /**
     * A realistic mix for the demo district: about 60 reports a day, the patrol finds among them
     * following {@link PatrolModel#defaults()}.
     */
    public static SimulationConfig defaults() {
        return new SimulationConfig(20261129L, 90, 40, 10, 10, 0.03, 0.25, 0.12, 0.08, 0.05)
                .withPatrols(PatrolModel.defaults());
    }

    /** The same mix with patrols finding hazards by {@code model}. */
    public SimulationConfig withPatrols(PatrolModel model) {
        return new SimulationConfig(
                seed,
                days,
                patrolReportsPerDay,
                selfReportsPerDay,
                citizenReportsPerDay,
                majorShare,
                fixedOnSpotShare,
                lateShare,
                reworkShare,
                extensionShare,
                java.util.Optional.of(model));
    }

    /** The same mix over {@code days} days. */
    public SimulationConfig withDays(int days) {
        return new SimulationConfig(
                seed,
                days,
                patrolReportsPerDay,
                selfReportsPerDay,
                citizenReportsPerDay,
                majorShare,
                fixedOnSpotShare,
                lateShare,
                reworkShare,
                extensionShare,
                patrols);
    }

    /** The same mix with another seed. */
    public SimulationConfig withSeed(long seed) {
        return new SimulationConfig(
                seed,
                days,
                patrolReportsPerDay,
                selfReportsPerDay,
                citizenReportsPerDay,
                majorShare,
                fixedOnSpotShare,
                lateShare,
                reworkShare,
                extensionShare,
                patrols);
    }
}
