package org.gridsafe.bench;

import java.util.Optional;

/**
 * One result line: what was measured, at what size, GridSafe's figure, the peer's or the limit's
 * figure (when there is one), their ratio, the target, whether it was met, and the machine's load
 * when the figure was taken.
 *
 * @param suite the suite that produced it
 * @param what what was measured
 * @param size the size or thread count it was measured at
 * @param gridsafe GridSafe's figure
 * @param unit the unit of both figures
 * @param peerName the peer or limit (e.g. "Flowable 7.1.0"), if any
 * @param peer the peer's or limit's figure, if any
 * @param ratio how the two compare (the target's terms), if there is a peer
 * @param target the target, in words ("≥ 1000×"), or "—"
 * @param met whether the target was met; empty when there is no target
 * @param load1 the 1-minute load average when the figure was taken
 * @param note how to read it (e.g. the error bar)
 */
public record Row(
        String suite,
        String what,
        String size,
        double gridsafe,
        String unit,
        Optional<String> peerName,
        Optional<Double> peer,
        Optional<Double> ratio,
        String target,
        Optional<Boolean> met,
        double load1,
        String note) {}
