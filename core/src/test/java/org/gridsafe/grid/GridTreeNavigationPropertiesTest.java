package org.gridsafe.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Parent, children, ancestors, subtree and contains tell the same story as the code prefixes, on
 * random trees.
 */
class GridTreeNavigationPropertiesTest {

    private static final int EXAMPLES = Integer.getInteger("gridsafe.qt.examples", 1000);

    @Test
    void navigationAgreesWithCodePrefixesOnRandomTrees() {
        qt().withExamples(EXAMPLES).forAll(GridGenerators.treeCodes()).checkAssert(codes -> {
            List<Grid> grids = new ArrayList<>();
            for (GridCode code : codes) {
                grids.add(Grid.builder().code(code).name("网格" + code).build());
            }
            Collections.shuffle(grids, new java.util.Random(codes.size()));
            GridTree tree = GridTree.of(grids);

            assertThat(tree.size()).isEqualTo(codes.size());
            assertThat(tree.roots()).extracting(Grid::code).containsExactly(codes.get(0));
            assertThat(tree.grids()).extracting(Grid::code).containsExactlyElementsOf(codes);
            for (GridCode x : codes) {
                assertThat(tree.get(x).code()).isEqualTo(x);
                assertThat(tree.children(x)).extracting(Grid::code).isSorted();
                assertThat(tree.ancestors(x)).extracting(Grid::code).containsExactlyElementsOf(parentChain(x));
                List<GridCode> expectedSubtree =
                        codes.stream().filter(x::isSameOrAncestorOf).toList();
                assertThat(tree.subtree(x).map(Grid::code).toList())
                        .as("subtree of %s, pre-order", x)
                        .isEqualTo(expectedSubtree);
                for (GridCode y : codes) {
                    boolean isParent = tree.parent(y).map(Grid::code).equals(Optional.of(x));
                    boolean isChild =
                            tree.children(x).stream().anyMatch(g -> g.code().equals(y));
                    assertThat(isParent)
                            .as("parent(%s) = %s iff %s in children(%s)", y, x, y, x)
                            .isEqualTo(isChild);
                    assertThat(tree.contains(x, y))
                            .as("contains(%s, %s)", x, y)
                            .isEqualTo(y.value().startsWith(x.value()));
                }
            }
        });
    }

    private static List<GridCode> parentChain(GridCode code) {
        List<GridCode> chain = new ArrayList<>();
        Optional<GridCode> up = code.parent();
        while (up.isPresent()) {
            chain.add(up.get());
            up = up.get().parent();
        }
        return chain;
    }
}
