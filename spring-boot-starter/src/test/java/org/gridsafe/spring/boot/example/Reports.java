package org.gridsafe.spring.boot.example;

import org.gridsafe.GridSafe;
import org.gridsafe.access.Actor;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseSource;
import org.gridsafe.hazard.HazardCode;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;

/** The example host's one use case in the tests: a grid manager reports a blocked fire lane. */
public final class Reports {

    private Reports() {}

    public static Case blockedFireLane(GridSafe gridSafe, String description) {
        Actor gridManager = Actor.gridStaff("jb-1", "柳网格", RiversideApplication.WILLOW_COMMUNITY);
        return gridSafe.casework()
                .report(
                        gridManager,
                        org.gridsafe.casework.Report.builder()
                                .source(CaseSource.GRID_PATROL)
                                .grid(RiversideApplication.WILLOW_COMMUNITY)
                                .domain(SafetyDomain.FIRE)
                                .hazard(HazardCode.parse("2102"))
                                .grade(HazardGrade.GENERAL)
                                .description(description)
                                .build());
    }
}
