package org.gridsafe.port;

import java.util.List;
import java.util.Optional;
import org.gridsafe.duty.ReturnPeriod;
import org.gridsafe.grid.GridCode;
import org.gridsafe.stats.MajorHazardReturn;

/**
 * Filed major-hazard statistical returns, at most one per scope and period. A filing is durable
 * once {@link #file} returns true; of concurrent filings for one scope and period exactly one
 * returns true.
 */
public interface MajorHazardReturnStore {

    /** Stores {@code filed} unless a return of its scope and period exists; whether it was stored. */
    boolean file(MajorHazardReturn filed);

    /** The return filed for {@code scope} and {@code period}, if any. */
    Optional<MajorHazardReturn> find(GridCode scope, ReturnPeriod period);

    /** Every return filed for {@code scope}, earliest period first. */
    List<MajorHazardReturn> filed(GridCode scope);

    /**
     * Whether filed returns survive a restart of the process. {@code GridSafe}'s builder refuses a
     * store that does not beside a durable case store. Default: {@code false}.
     */
    default boolean durable() {
        return false;
    }
}
