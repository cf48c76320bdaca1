package org.gridsafe.casework;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Map;
import java.util.Set;

/**
 * The transition table of the six-step loop: the only state changes a case can make.
 *
 * <pre>
 * (new)      → REPORTED
 * REPORTED   → REGISTERED | REJECTED | MERGED
 * REGISTERED → DISPATCHED | MERGED
 * DISPATCHED → RECTIFIED
 * RECTIFIED  → VERIFIED | DISPATCHED (verification failed: rework)
 * VERIFIED   → CLOSED
 * </pre>
 *
 * Escalations and extension requests and decisions keep the state. CLOSED, REJECTED and MERGED
 * accept no command.
 */
public final class Lifecycle {

    private static final Map<CaseState, Set<CaseState>> NEXT = ImmutableMap.<CaseState, Set<CaseState>>builder()
            .put(CaseState.REPORTED, ImmutableSet.of(CaseState.REGISTERED, CaseState.REJECTED, CaseState.MERGED))
            .put(CaseState.REGISTERED, ImmutableSet.of(CaseState.DISPATCHED, CaseState.MERGED))
            .put(CaseState.DISPATCHED, ImmutableSet.of(CaseState.RECTIFIED))
            .put(CaseState.RECTIFIED, ImmutableSet.of(CaseState.VERIFIED, CaseState.DISPATCHED))
            .put(CaseState.VERIFIED, ImmutableSet.of(CaseState.CLOSED))
            .put(CaseState.CLOSED, ImmutableSet.of())
            .put(CaseState.REJECTED, ImmutableSet.of())
            .put(CaseState.MERGED, ImmutableSet.of())
            .build();

    private Lifecycle() {}

    /** Whether a case in {@code from} may move to {@code to}; staying in the same state is allowed. */
    public static boolean allows(CaseState from, CaseState to) {
        return from == to || NEXT.get(from).contains(to);
    }

    /** The states a case in {@code from} may move to. */
    public static Set<CaseState> next(CaseState from) {
        return NEXT.get(from);
    }

    /** The state every case starts in. */
    public static CaseState initial() {
        return CaseState.REPORTED;
    }
}
