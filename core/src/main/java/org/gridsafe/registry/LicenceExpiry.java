package org.gridsafe.registry;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.gridsafe.entity.Licence;

/**
 * A licence of an operating or suspended entity that has expired or expires within a window:
 * one line of the licence expiry report. The default window is {@link Licence#DEFAULT_EXPIRY_WARNING}
 * (90 days, the project's own choice near the three months before expiry by which 安全生产许可证条例
 * art. 9 asks for renewal).
 *
 * @param entity the entity
 * @param licence the licence
 * @param daysLeft days from the report's day to the expiry (negative: expired that many days ago)
 */
public record LicenceExpiry(SupervisedEntity entity, Licence licence, long daysLeft) {

    /** Whether the licence has expired on the report's day. */
    public boolean expired() {
        return daysLeft < 0;
    }

    /**
     * Every licence of the operating or suspended {@code entities} that has expired on {@code today}
     * or expires within {@code window}, soonest first.
     */
    public static List<LicenceExpiry> report(Collection<SupervisedEntity> entities, LocalDate today, Period window) {
        List<LicenceExpiry> lines = new ArrayList<>();
        for (SupervisedEntity e : entities) {
            if (e.status() != EntityStatus.OPERATING && e.status() != EntityStatus.SUSPENDED) {
                continue;
            }
            for (Licence l : e.profile().licences()) {
                if (l.isExpiredOn(today) || l.expiresWithin(window, today)) {
                    lines.add(new LicenceExpiry(
                            e, l, ChronoUnit.DAYS.between(today, l.expires().orElseThrow())));
                }
            }
        }
        lines.sort(Comparator.comparingLong(LicenceExpiry::daysLeft)
                .thenComparing(x -> x.entity().id())
                .thenComparing(x -> x.licence().number()));
        return lines;
    }
}
