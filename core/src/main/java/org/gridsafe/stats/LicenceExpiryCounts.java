package org.gridsafe.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.gridsafe.entity.InvalidEntityValueException;
import org.gridsafe.entity.Licence;
import org.gridsafe.grid.GridCode;
import org.gridsafe.registry.EntityId;
import org.gridsafe.registry.EntityStatus;
import org.gridsafe.registry.SupervisedEntity;

/**
 * The licence expiry indicator (证照到期) of a grid subtree on a day: per licence type, how many licences of
 * the subtree's operating and suspended entities have already expired and how many expire within the
 * window, and the licences themselves. {@link #of} is the in-memory reference the SQL of a store is tested
 * against; the definition is in {@code docs/statistics.md}.
 *
 * <pre>{@code
 * LicenceExpiryCounts c = LicenceExpiryCounts.of(entities, Optional.of(street), today, Licence.DEFAULT_EXPIRY_WARNING);
 * long due = c.expiring();
 * }</pre>
 *
 * @param asOf the day the licences are judged on
 * @param lastDay the window's last day ({@code asOf} plus the window): a licence expiring on it is expiring
 * @param byType the counts per licence type with at least one licence counted, by type id
 * @param rows the licences counted, soonest expiry first (then entity, type and number)
 */
public record LicenceExpiryCounts(LocalDate asOf, LocalDate lastDay, List<TypeCount> byType, List<Row> rows) {

    /**
     * The counts of one licence type.
     *
     * @param licenceType the licence type's id ({@link org.gridsafe.entity.LicenceType#id()})
     * @param expired licences no longer valid on the day (expiry before it)
     * @param expiring licences still valid on the day that expire on or before the window's last day
     */
    public record TypeCount(String licenceType, long expired, long expiring) {

        /** Checks the counts are not negative. */
        public TypeCount {
            Objects.requireNonNull(licenceType, "licenceType");
            if (expired < 0 || expiring < 0) {
                throw new IllegalArgumentException("licence counts must not be negative");
            }
        }
    }

    /**
     * One licence counted.
     *
     * @param entity the entity holding it
     * @param entityName the entity's name
     * @param grid the entity's grid
     * @param licenceType the licence type's id
     * @param number the licence number
     * @param expires its last day of validity
     * @param expired whether it has expired on the day (otherwise it is expiring)
     */
    public record Row(
            EntityId entity,
            String entityName,
            GridCode grid,
            String licenceType,
            String number,
            LocalDate expires,
            boolean expired) {

        /** Checks nothing is missing. */
        public Row {
            Objects.requireNonNull(entity, "entity");
            Objects.requireNonNull(entityName, "entityName");
            Objects.requireNonNull(grid, "grid");
            Objects.requireNonNull(licenceType, "licenceType");
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(expires, "expires");
        }
    }

    /** The order of {@link #rows}. */
    public static final Comparator<Row> ROW_ORDER = Comparator.comparing(Row::expires)
            .thenComparing(r -> r.entity().value())
            .thenComparing(Row::licenceType)
            .thenComparing(Row::number);

    /** Copies the lists; the window's last day must not be before the day. */
    public LicenceExpiryCounts {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(lastDay, "lastDay");
        if (lastDay.isBefore(asOf)) {
            throw new InvalidEntityValueException(
                    "window", "must not be negative; its last day " + lastDay + " is before " + asOf);
        }
        byType = List.copyOf(byType);
        rows = List.copyOf(rows);
    }

    /** Licences already expired, over all types. */
    public long expired() {
        return byType.stream().mapToLong(TypeCount::expired).sum();
    }

    /** Licences expiring within the window, over all types. */
    public long expiring() {
        return byType.stream().mapToLong(TypeCount::expiring).sum();
    }

    /**
     * The reference: scans the licences of the operating and suspended {@code entities} in {@code grid}'s
     * subtree (empty: everywhere). A licence without an expiry date is never counted.
     *
     * @throws InvalidEntityValueException naming {@code window} if it is negative
     */
    public static LicenceExpiryCounts of(
            Collection<SupervisedEntity> entities, Optional<GridCode> grid, LocalDate asOf, java.time.Period window) {
        Objects.requireNonNull(window, "window");
        if (window.isNegative()) {
            throw new InvalidEntityValueException("window", "must not be negative; got " + window);
        }
        LocalDate lastDay = asOf.plus(window);
        List<Row> rows = new ArrayList<>();
        for (SupervisedEntity e : entities) {
            if (e.status() != EntityStatus.OPERATING && e.status() != EntityStatus.SUSPENDED) {
                continue;
            }
            GridCode at = e.grid().grid();
            if (grid.isPresent() && !grid.get().isSameOrAncestorOf(at)) {
                continue;
            }
            for (Licence l : e.profile().licences()) {
                if (l.expires().isEmpty() || l.expires().get().isAfter(lastDay)) {
                    continue;
                }
                rows.add(new Row(
                        e.id(),
                        e.profile().name(),
                        at,
                        l.type().id(),
                        l.number(),
                        l.expires().get(),
                        l.isExpiredOn(asOf)));
            }
        }
        return fromRows(asOf, lastDay, rows);
    }

    /** The counts of {@code rows} (each already judged expired or expiring), rows put in order. */
    public static LicenceExpiryCounts fromRows(LocalDate asOf, LocalDate lastDay, Collection<Row> rows) {
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(ROW_ORDER);
        Map<String, long[]> counts = new TreeMap<>();
        for (Row r : sorted) {
            counts.computeIfAbsent(r.licenceType(), t -> new long[2])[r.expired() ? 0 : 1]++;
        }
        List<TypeCount> byType = new ArrayList<>();
        counts.forEach((type, c) -> byType.add(new TypeCount(type, c[0], c[1])));
        return new LicenceExpiryCounts(asOf, lastDay, byType, sorted);
    }
}
