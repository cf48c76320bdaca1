package org.gridsafe.inspection;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gridsafe.entity.SupervisionClass;
import org.gridsafe.entity.SupervisionClassScheme;
import org.gridsafe.entity.SupervisionClassSchemes;
import org.gridsafe.registry.EntityId;

/**
 * The yearly cap of counted inspections per enterprise (同一企业年度检查频次上限, 国办发〔2024〕54号), by
 * the enterprise's supervision class, and the origins that are not counted. Configuration: the
 * standard caps are the classes' caps of {@link SupervisionClassSchemes#presets()} (each local, with
 * its source), an enterprise without a capped class gets {@link #DEFAULT_CAP}, and complaints and
 * referrals are not counted. An inspection that joins a combined inspection (联合检查, 综合查一次)
 * of the same enterprise and year is not counted either.
 *
 * <pre>{@code
 * InspectionCaps caps = InspectionCaps.standard()
 *         .withCap(new SupervisionClass("LONGYAN_2025_PLAN", "FOCUS"), 2, "龙岩 2025 (local)");
 * }</pre>
 */
public final class InspectionCaps {

    /**
     * The cap for an enterprise whose class sets none: 2 a year, the project's own default after 龙岩市应急管理局's
     * 2025 plan (local: 频次 1 次/年/单位, 上限 2 次/年/单位).
     */
    public static final int DEFAULT_CAP = 2;

    static final String DEFAULT_SOURCE = "the project's own default, after 龙岩市应急管理局 2025 (local: 上限 2 次/年/单位)";

    /**
     * A cap and where it comes from.
     *
     * @param max the most counted inspections a year
     * @param source its scheme and class with their evidence, or the project's own default
     */
    public record Cap(int max, String source) {
        public Cap {
            Objects.requireNonNull(source, "source");
            if (max < 0) {
                throw new IllegalArgumentException("a cap is not negative; got " + max);
            }
        }
    }

    private final Map<SupervisionClass, Cap> byClass;
    private final Cap fallback;
    private final Set<InspectionOrigin> exempt;

    private InspectionCaps(Map<SupervisionClass, Cap> byClass, Cap fallback, Set<InspectionOrigin> exempt) {
        this.byClass = Map.copyOf(byClass);
        this.fallback = fallback;
        this.exempt = exempt.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(exempt));
    }

    /** The caps of the shipped schemes' classes, {@link #DEFAULT_CAP} otherwise; complaints and referrals exempt. */
    public static InspectionCaps standard() {
        return fromSchemes(SupervisionClassSchemes.presets());
    }

    /** The caps of {@code schemes}' classes, {@link #DEFAULT_CAP} otherwise; complaints and referrals exempt. */
    public static InspectionCaps fromSchemes(SupervisionClassSchemes schemes) {
        Map<SupervisionClass, Cap> caps = new LinkedHashMap<>();
        for (SupervisionClassScheme scheme : schemes.schemes()) {
            for (SupervisionClassScheme.ClassDefinition c : scheme.classes()) {
                c.maxPerYear()
                        .ifPresent(max -> caps.put(
                                new SupervisionClass(scheme.id(), c.code()),
                                new Cap(max, scheme.id() + ":" + c.code() + " (" + scheme.provenance() + ")")));
            }
        }
        return new InspectionCaps(
                caps,
                new Cap(DEFAULT_CAP, DEFAULT_SOURCE),
                EnumSet.of(InspectionOrigin.COMPLAINT, InspectionOrigin.REFERRAL));
    }

    /** These caps with {@code max} for class {@code supervisionClass}. */
    public InspectionCaps withCap(SupervisionClass supervisionClass, int max, String source) {
        Map<SupervisionClass, Cap> more = new LinkedHashMap<>(byClass);
        more.put(Objects.requireNonNull(supervisionClass, "supervisionClass"), new Cap(max, source));
        return new InspectionCaps(more, fallback, exempt);
    }

    /** These caps with {@code max} for an enterprise whose class sets none. */
    public InspectionCaps withDefault(int max, String source) {
        return new InspectionCaps(byClass, new Cap(max, source), exempt);
    }

    /** These caps with {@code origins} not counted (empty: every origin counts). */
    public InspectionCaps withExempt(Set<InspectionOrigin> origins) {
        return new InspectionCaps(byClass, fallback, origins);
    }

    /** The cap of an enterprise of {@code supervisionClass} (or of none). */
    public Cap capFor(Optional<SupervisionClass> supervisionClass) {
        return supervisionClass.map(byClass::get).orElse(fallback);
    }

    /** Whether inspections of {@code origin} are not counted. */
    public boolean exempt(InspectionOrigin origin) {
        return exempt.contains(origin);
    }

    /**
     * The slot an inspection takes (the cap guard): none for an exempt origin or an inspection that
     * joins a combined one, otherwise one of the entity's cap in the year of {@code day}.
     */
    public Optional<CapSlot> slotFor(
            EntityId entity,
            Optional<SupervisionClass> supervisionClass,
            LocalDate day,
            InspectionOrigin origin,
            boolean joinsCombined) {
        if (joinsCombined || exempt(origin)) {
            return Optional.empty();
        }
        Cap cap = capFor(supervisionClass);
        return Optional.of(new CapSlot(entity, day.getYear(), cap.max(), cap.source()));
    }
}
