package org.gridsafe.stats;

import org.gridsafe.duty.ReturnPeriod;
import org.gridsafe.grid.GridCode;

/** A return for this period and scope was filed already (by this filer or one racing it); a return is filed once. */
public final class ReturnAlreadyFiledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReturnAlreadyFiledException(GridCode scope, ReturnPeriod period) {
        super("the major-hazard return of " + period + " for grid " + scope.value()
                + " was filed already; a return is filed once");
    }
}
