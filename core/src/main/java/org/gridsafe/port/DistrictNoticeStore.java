package org.gridsafe.port;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.gridsafe.grid.GridCode;
import org.gridsafe.notice.DistrictNotice;

/**
 * District notices, kept until delivered and listed afterwards. A notice is durable once
 * {@link #raise} returns; of notices with one key (concurrent sweeps) exactly one is kept.
 */
public interface DistrictNoticeStore {

    /** Keeps {@code notice} unless one with its key exists; whether it was kept. */
    boolean raise(DistrictNotice notice);

    /** Up to {@code limit} notices not yet delivered, earliest raised first. */
    List<DistrictNotice> undelivered(int limit);

    /** Marks the notice with {@code key} delivered at {@code at}; a repeat or an unknown key changes nothing. */
    void markDelivered(String key, Instant at);

    /** Up to {@code limit} notices of the given scopes, latest raised first (then by key). */
    List<DistrictNotice> list(Collection<GridCode> scopes, int limit);
}
