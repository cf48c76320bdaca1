package org.gridsafe.memory;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.gridsafe.grid.GridCode;
import org.gridsafe.notice.DistrictNotice;
import org.gridsafe.port.DistrictNoticeStore;

/** District notices in memory; {@code putIfAbsent} keeps exactly one of notices with one key. */
public final class InMemoryDistrictNotices implements DistrictNoticeStore {

    private final Map<String, DistrictNotice> notices = new ConcurrentHashMap<>();
    private final Map<String, Instant> delivered = new ConcurrentHashMap<>();

    private static final Comparator<DistrictNotice> EARLIEST =
            Comparator.comparing(DistrictNotice::raisedAt).thenComparing(DistrictNotice::key);

    @Override
    public boolean raise(DistrictNotice notice) {
        return notices.putIfAbsent(notice.key(), notice) == null;
    }

    @Override
    public List<DistrictNotice> undelivered(int limit) {
        return notices.values().stream()
                .filter(n -> !delivered.containsKey(n.key()))
                .sorted(EARLIEST)
                .limit(limit)
                .toList();
    }

    @Override
    public void markDelivered(String key, Instant at) {
        if (notices.containsKey(key)) {
            delivered.putIfAbsent(key, at);
        }
    }

    @Override
    public List<DistrictNotice> list(Collection<GridCode> scopes, int limit) {
        Set<GridCode> wanted = Set.copyOf(scopes);
        return notices.values().stream()
                .filter(n -> wanted.contains(n.scope()))
                .sorted(Comparator.comparing(DistrictNotice::raisedAt)
                        .reversed()
                        .thenComparing(DistrictNotice::key))
                .limit(limit)
                .toList();
    }
}
