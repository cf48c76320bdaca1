package org.gridsafe.stats;

/**
 * The counts of a major-hazard statistical return (重大事故隐患统计), for one scope and period
 * ({@link MajorHazardStatistics} defines each; {@code docs/statistics.md} has the table).
 *
 * @param found major hazards registered (立案) in the period
 * @param writtenOff major hazards rectified and written off (整改销号 / 核销) in the period
 * @param underTreatment major hazards registered and not written off at the period's end (治理中)
 * @param pastPlanDue of those under treatment, past their treatment plan's due date at the period's end
 * @param listedForSupervision of those found, listed for supervision (挂牌督办)
 * @param productionStopped of those found, whose production was stopped (停产停业)
 */
public record MajorHazardCounts(
        long found,
        long writtenOff,
        long underTreatment,
        long pastPlanDue,
        long listedForSupervision,
        long productionStopped) {

    /** Nothing counted. */
    public static final MajorHazardCounts NONE = new MajorHazardCounts(0, 0, 0, 0, 0, 0);

    public MajorHazardCounts {
        if (found < 0
                || writtenOff < 0
                || underTreatment < 0
                || pastPlanDue < 0
                || listedForSupervision < 0
                || productionStopped < 0) {
            throw new IllegalArgumentException("major-hazard counts must not be negative");
        }
        if (pastPlanDue > underTreatment || listedForSupervision > found || productionStopped > found) {
            throw new IllegalArgumentException("past plan due must not exceed under treatment, listed and stopped"
                    + " must not exceed found: " + found + ", " + underTreatment + ", " + pastPlanDue + ", "
                    + listedForSupervision + ", " + productionStopped);
        }
    }

    /** The sum of both. */
    public MajorHazardCounts plus(MajorHazardCounts o) {
        return new MajorHazardCounts(
                found + o.found,
                writtenOff + o.writtenOff,
                underTreatment + o.underTreatment,
                pastPlanDue + o.pastPlanDue,
                listedForSupervision + o.listedForSupervision,
                productionStopped + o.productionStopped);
    }

    /** Whether every count is 0. */
    public boolean isEmpty() {
        return equals(NONE);
    }
}
