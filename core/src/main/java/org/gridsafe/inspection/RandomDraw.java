package org.gridsafe.inspection;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.gridsafe.entity.FieldProblem;

/**
 * The random draw of 双随机、一公开: entities from the entity pool (检查对象名录库) and, for each, inspectors
 * from the inspector pool (执法检查人员名录库), honouring exclusions (回避). Reproducible from the
 * published seed: the same seed and the same pools give the same draw, whatever order the pools are
 * given in. The algorithm, so anyone can recompute a published draw:
 *
 * <ol>
 *   <li>Each pool is de-duplicated and sorted by id (Java's {@code String} order, UTF-16 code units).
 *   <li>A SplitMix64 generator starts from the seed: {@code state += 0x9E3779B97F4A7C15}; {@code z =
 *       state}; {@code z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9}; {@code z = (z ^ (z >>> 27)) *
 *       0x94D049BB133111EB}; the output is {@code z ^ (z >>> 31)}.
 *   <li>An index below {@code n} is {@code r % n} for the first output {@code r = out >>> 1} (63 bits)
 *       below {@code (2^63 - 1) / n * n} (outputs above are skipped, so every index is equally likely).
 *   <li>Entities: a partial Fisher–Yates shuffle of the sorted pool: for {@code i = 0 .. count - 1} swap
 *       position {@code i} with {@code i + index(n - i)}; the first {@code count} are drawn, in that order.
 *   <li>Then for each drawn entity in draw order: the sorted inspectors not excluded for it, shuffled the
 *       same way, give its first {@code inspectorsPerEntity}, in that order.
 * </ol>
 */
public final class RandomDraw {

    private RandomDraw() {}

    /**
     * An exclusion (回避): the inspector may not inspect the entity (a relative works there, an earlier
     * post, ...).
     *
     * @param inspector the inspector's person id
     * @param entity the entity's id
     */
    public record Exclusion(String inspector, String entity) {
        public Exclusion {
            Objects.requireNonNull(inspector, "inspector");
            Objects.requireNonNull(entity, "entity");
        }
    }

    /**
     * What to draw.
     *
     * @param seed the published seed
     * @param entities the entity pool (ids)
     * @param inspectors the inspector pool (person ids)
     * @param entityCount how many entities to draw, 1 to the pool's size
     * @param inspectorsPerEntity how many inspectors each, at least 2
     * @param exclusions inspectors excluded for an entity
     */
    public record Request(
            long seed,
            List<String> entities,
            List<String> inspectors,
            int entityCount,
            int inspectorsPerEntity,
            List<Exclusion> exclusions) {
        public Request {
            entities = entities == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(entities));
            inspectors = inspectors == null
                    ? List.of()
                    : java.util.Collections.unmodifiableList(new ArrayList<>(inspectors));
            exclusions = exclusions == null
                    ? List.of()
                    : java.util.Collections.unmodifiableList(new ArrayList<>(exclusions));
        }
    }

    /**
     * One drawn entity and its inspectors.
     *
     * @param entity the entity's id
     * @param inspectors its inspectors, in draw order
     */
    public record Assignment(String entity, List<String> inspectors) {
        public Assignment {
            Objects.requireNonNull(entity, "entity");
            inspectors = List.copyOf(inspectors);
        }
    }

    /**
     * A draw's result, to publish with its seed.
     *
     * @param seed the seed
     * @param assignments the drawn entities in draw order, each with its inspectors
     */
    public record Result(long seed, List<Assignment> assignments) {
        public Result {
            assignments = List.copyOf(assignments);
        }
    }

    /**
     * Draws by the algorithm above.
     *
     * @throws InvalidInspectionException naming each field at fault: empty pools, a count out of range,
     *     fewer than two inspectors each, an exclusion naming someone outside the pools, an entity for
     *     which too few inspectors remain after its exclusions
     */
    public static Result draw(Request request) {
        Objects.requireNonNull(request, "request");
        List<FieldProblem> problems = new ArrayList<>();
        List<String> entities = sorted(request.entities(), "entities", problems);
        List<String> inspectors = sorted(request.inspectors(), "inspectors", problems);
        if (request.entityCount() < 1 || request.entityCount() > Math.max(1, entities.size())) {
            problems.add(new FieldProblem(
                    "entityCount",
                    "must be 1 to the entity pool's size " + entities.size() + "; got " + request.entityCount()));
        }
        if (request.inspectorsPerEntity() < InspectionRules.LEGAL_MINIMUM_INSPECTORS) {
            problems.add(new FieldProblem(
                    "inspectorsPerEntity",
                    "must be at least " + InspectionRules.LEGAL_MINIMUM_INSPECTORS + " (an inspection needs two"
                            + " officers); got " + request.inspectorsPerEntity()));
        }
        for (int i = 0; i < request.exclusions().size(); i++) {
            Exclusion x = request.exclusions().get(i);
            if (x == null) {
                problems.add(new FieldProblem("exclusions[" + i + "]", "must not be null"));
                continue;
            }
            if (!inspectors.contains(x.inspector())) {
                problems.add(new FieldProblem(
                        "exclusions[" + i + "].inspector", x.inspector() + " is not in the inspector pool"));
            }
            if (!entities.contains(x.entity())) {
                problems.add(
                        new FieldProblem("exclusions[" + i + "].entity", x.entity() + " is not in the entity pool"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInspectionException(problems);
        }
        SplitMix64 random = new SplitMix64(request.seed());
        List<String> drawn = shuffleFirst(entities, request.entityCount(), random);
        List<Assignment> assignments = new ArrayList<>();
        for (String entity : drawn) {
            List<String> eligible = new ArrayList<>();
            for (String inspector : inspectors) {
                if (!request.exclusions().contains(new Exclusion(inspector, entity))) {
                    eligible.add(inspector);
                }
            }
            if (eligible.size() < request.inspectorsPerEntity()) {
                problems.add(new FieldProblem(
                        "exclusions",
                        "entity " + entity + " keeps " + eligible.size() + " inspector(s) after its exclusions; "
                                + request.inspectorsPerEntity() + " are needed"));
                continue;
            }
            assignments.add(new Assignment(entity, shuffleFirst(eligible, request.inspectorsPerEntity(), random)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInspectionException(problems);
        }
        return new Result(request.seed(), assignments);
    }

    private static List<String> sorted(List<String> pool, String field, List<FieldProblem> problems) {
        TreeSet<String> set = new TreeSet<>();
        for (int i = 0; i < pool.size(); i++) {
            String id = pool.get(i);
            if (id == null || id.isBlank()) {
                problems.add(new FieldProblem(field + "[" + i + "]", "must be an id, not blank"));
            } else {
                set.add(id);
            }
        }
        if (pool.isEmpty()) {
            problems.add(new FieldProblem(field, "the pool is empty"));
        }
        return new ArrayList<>(set);
    }

    private static List<String> shuffleFirst(List<String> sorted, int count, SplitMix64 random) {
        List<String> a = new ArrayList<>(sorted);
        int n = a.size();
        for (int i = 0; i < count; i++) {
            int j = i + random.index(n - i);
            String t = a.get(i);
            a.set(i, a.get(j));
            a.set(j, t);
        }
        return List.copyOf(a.subList(0, count));
    }

    /** SplitMix64, written out so that a draw does not depend on the JDK's generators. */
    static final class SplitMix64 {
        private long state;

        SplitMix64(long seed) {
            this.state = seed;
        }

        long next() {
            state += 0x9E3779B97F4A7C15L;
            long z = state;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }

        int index(int n) {
            long bound = Long.MAX_VALUE / n * n;
            while (true) {
                long r = next() >>> 1;
                if (r < bound) {
                    return (int) (r % n);
                }
            }
        }
    }
}
