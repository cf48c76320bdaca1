package org.gridsafe.grid;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The grids of a district as an immutable hierarchy (一网多格: one net, many grids), with lookups
 * by code in constant time.
 *
 * <p>A grid's parent is the grid whose code is its code's {@linkplain GridCode#parent() prefix}.
 * Because parents are derived from codes, a child whose code does not extend its parent's code
 * cannot occur by construction. {@link #of} accepts any number of grids at the top level present
 * (usually one district; a host that embeds only one street may start at STREET) and checks that
 * every other grid's parent is present.
 *
 * <pre>{@code
 * GridTree tree = GridTree.of(grids);
 * Grid street = tree.get(GridCode.parse("110105001"));
 * List<Grid> communities = tree.children(street.code());
 * Optional<Responsibility> next = tree.nextResponsibleAbove(street.code(), ResponsibleRole.SPECIFIC);
 * }</pre>
 */
public final class GridTree {

    private final ImmutableMap<GridCode, Grid> byCode;
    private final ImmutableMap<GridCode, ImmutableList<Grid>> childrenByCode;
    private final ImmutableList<Grid> roots;
    private final ImmutableList<Grid> grids;

    private GridTree(Map<GridCode, Grid> sorted) {
        this.byCode = ImmutableMap.copyOf(sorted);
        this.grids = ImmutableList.copyOf(sorted.values());
        Map<GridCode, ImmutableList.Builder<Grid>> children = new HashMap<>();
        ImmutableList.Builder<Grid> rootList = ImmutableList.builder();
        // Iterating in code order keeps every children list sorted by code.
        for (Grid grid : grids) {
            Optional<GridCode> parent = grid.code().parent().filter(byCode::containsKey);
            if (parent.isPresent()) {
                children.computeIfAbsent(parent.get(), k -> ImmutableList.builder())
                        .add(grid);
            } else {
                rootList.add(grid);
            }
        }
        ImmutableMap.Builder<GridCode, ImmutableList<Grid>> childMap = ImmutableMap.builder();
        children.forEach((code, list) -> childMap.put(code, list.build()));
        this.childrenByCode = childMap.build();
        this.roots = rootList.build();
    }

    /**
     * Builds the hierarchy from a flat list of grids, in any order.
     *
     * @param grids the grids; the grids at the highest level present become the roots
     * @return the tree
     * @throws InvalidGridTreeException listing every problem: null entries, duplicate codes, and
     *     grids whose parent is missing (naming the missing code and level, and whether a level
     *     was skipped)
     */
    public static GridTree of(Collection<Grid> grids) {
        Fields.requireNonNull(grids, "grids");
        List<String> general = new ArrayList<>();
        TreeMap<GridCode, List<String>> problems = new TreeMap<>();
        TreeMap<GridCode, Grid> sorted = new TreeMap<>();
        Map<GridCode, Integer> counts = new HashMap<>();
        int index = 0;
        for (Grid grid : grids) {
            index++;
            if (grid == null) {
                general.add("grid #" + index + " in the list is null");
                continue;
            }
            sorted.putIfAbsent(grid.code(), grid);
            counts.merge(grid.code(), 1, Integer::sum);
        }
        counts.forEach((code, count) -> {
            if (count > 1) {
                problems.computeIfAbsent(code, k -> new ArrayList<>())
                        .add("duplicate grid code " + code + " (" + count + " grids)");
            }
        });
        Optional<GridLevel> top = sorted.keySet().stream().map(GridCode::level).min(Comparator.naturalOrder());
        for (GridCode code : sorted.keySet()) {
            Optional<GridCode> parent = code.parent();
            if (code.level() == top.orElseThrow() || parent.isEmpty() || sorted.containsKey(parent.get())) {
                continue;
            }
            problems.computeIfAbsent(code, k -> new ArrayList<>()).add(missingParent(code, sorted, top.get()));
        }
        if (!general.isEmpty() || !problems.isEmpty()) {
            List<String> all = new ArrayList<>(general);
            problems.values().forEach(all::addAll);
            throw new InvalidGridTreeException(all);
        }
        return new GridTree(sorted);
    }

    private static String missingParent(GridCode code, Map<GridCode, Grid> present, GridLevel top) {
        GridCode parent = code.parent().orElseThrow();
        String head = "grid " + code + " (" + code.level() + ") has no parent: " + parent.level() + " grid " + parent
                + " is missing";
        Optional<GridCode> ancestor = parent.parent();
        while (ancestor.isPresent() && !present.containsKey(ancestor.get())) {
            ancestor = ancestor.get().parent();
        }
        if (ancestor.isPresent()) {
            return head + "; the " + ancestor.get().level() + " grid " + ancestor.get() + " is present, so level "
                    + parent.level() + " would be skipped";
        }
        return head + ", and " + code.level() + " is below the top level present (" + top + "), so it cannot be a root";
    }

    /**
     * The grid with a code, in constant time.
     *
     * @param code the code
     * @return the grid, or empty when no grid has this code
     */
    public Optional<Grid> find(GridCode code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * The grid with a code, in constant time.
     *
     * @param code the code
     * @return the grid
     * @throws IllegalArgumentException when no grid has this code
     */
    public Grid get(GridCode code) {
        Grid grid = code == null ? null : byCode.get(code);
        if (grid == null) {
            throw new IllegalArgumentException("no grid with code " + code + " in this tree");
        }
        return grid;
    }

    /**
     * The grid directly above a grid.
     *
     * @param code a code in this tree
     * @return the parent, or empty for a root
     * @throws IllegalArgumentException when no grid has this code
     */
    public Optional<Grid> parent(GridCode code) {
        return get(code).code().parent().map(byCode::get);
    }

    /**
     * The grids directly below a grid.
     *
     * @param code a code in this tree
     * @return the children, sorted by code
     * @throws IllegalArgumentException when no grid has this code
     */
    public List<Grid> children(GridCode code) {
        get(code);
        return childrenByCode.getOrDefault(code, ImmutableList.of());
    }

    /**
     * The grids above a grid.
     *
     * @param code a code in this tree
     * @return the parent, its parent, and so on up to the root (nearest first; empty for a root)
     * @throws IllegalArgumentException when no grid has this code
     */
    public List<Grid> ancestors(GridCode code) {
        ImmutableList.Builder<Grid> result = ImmutableList.builder();
        Optional<Grid> up = parent(code);
        while (up.isPresent()) {
            result.add(up.get());
            up = up.get().code().parent().map(byCode::get);
        }
        return result.build();
    }

    /**
     * A grid and everything inside it.
     *
     * @param code a code in this tree
     * @return the grid itself, then its descendants, depth-first and pre-order, children in code order
     * @throws IllegalArgumentException when no grid has this code
     */
    public Stream<Grid> subtree(GridCode code) {
        Deque<Grid> stack = new ArrayDeque<>();
        stack.push(get(code));
        Stream.Builder<Grid> result = Stream.builder();
        while (!stack.isEmpty()) {
            Grid grid = stack.pop();
            result.add(grid);
            List<Grid> children = childrenByCode.getOrDefault(grid.code(), ImmutableList.of());
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(children.get(i));
            }
        }
        return result.build();
    }

    /**
     * Whether a grid lies inside another (or is the same grid).
     *
     * @param ancestor the enclosing grid's code
     * @param descendant the enclosed grid's code
     * @return true when both grids are in this tree and {@code ancestor} is {@code descendant} or
     *     one of its ancestors; false otherwise, including for codes not in this tree
     */
    public boolean contains(GridCode ancestor, GridCode descendant) {
        return byCode.containsKey(ancestor)
                && byCode.containsKey(descendant)
                && ancestor.isSameOrAncestorOf(descendant);
    }

    /** The grids at the top level present, sorted by code. */
    public List<Grid> roots() {
        return roots;
    }

    /** The number of grids. */
    public int size() {
        return byCode.size();
    }

    /** Every grid, sorted by code (which is also depth-first pre-order). */
    public Collection<Grid> grids() {
        return grids;
    }

    /**
     * Who is next above a rung, here or in the parent grid: escalation of overdue work.
     *
     * <p>First the next held rung above {@code current} in this grid's own chain; when there is
     * none (top reached or rungs vacant), the lowest held ladder rung of the nearest ancestor grid
     * that has one. {@link ResponsibleRole#LIAISON} is not on the ladder, so work sitting with a
     * liaison goes straight to the parent grid.
     *
     * @param grid a code in this tree
     * @param current the rung the work sits on now
     * @return the next holder, or empty when nobody is above
     * @throws IllegalArgumentException when no grid has this code
     */
    public Optional<Responsibility> nextResponsibleAbove(GridCode grid, ResponsibleRole current) {
        Fields.requireNonNull(current, "current responsible role");
        Grid here = get(grid);
        ResponsibilityChain chain = here.responsibilityChain();
        Optional<ResponsibleRole> next = chain.nextHeldAbove(current);
        if (next.isPresent()) {
            return Optional.of(new Responsibility(
                    grid, next.get(), chain.holder(next.get()).orElseThrow()));
        }
        for (Grid ancestor : ancestors(grid)) {
            ResponsibilityChain upper = ancestor.responsibilityChain();
            Optional<ResponsibleRole> lowest = upper.lowestHeldRung();
            if (lowest.isPresent()) {
                return Optional.of(new Responsibility(
                        ancestor.code(),
                        lowest.get(),
                        upper.holder(lowest.get()).orElseThrow()));
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "GridTree{" + size() + " grids, roots "
                + roots.stream().map(g -> g.code().value()).toList() + "}";
    }
}
