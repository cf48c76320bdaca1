package org.gridsafe.port;

import java.time.Instant;
import org.gridsafe.casework.CaseId;

/** Gives new cases their ids. Must never give the same id twice. */
@FunctionalInterface
public interface IdGenerator {

    /** A fresh id for a case reported at {@code now}. */
    CaseId next(Instant now);
}
