package org.gridsafe.examples;

/**
 * What the patrols of a {@link DistrictSimulation} did under its {@link PatrolModel}.
 *
 * @param model the model it ran
 * @param coverage the share of entities visited per period of the plan (the model's, 0 to 1)
 * @param hazardsArisen unseen hazards there were: at the start and arisen since
 * @param hazardsFound hazards patrols found
 * @param hazardsReported of those, reported by the end (a find late on the last day may still wait)
 * @param foundAndClosed reported finds whose case was closed by the end
 * @param unseenAtEnd hazards nobody had found at the end
 */
public record PatrolOutcome(
        PatrolModel model,
        double coverage,
        long hazardsArisen,
        long hazardsFound,
        long hazardsReported,
        long foundAndClosed,
        long unseenAtEnd) {}
