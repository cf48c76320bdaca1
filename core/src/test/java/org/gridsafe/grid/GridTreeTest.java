package org.gridsafe.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class GridTreeTest {

    private static final ResponsiblePerson LI = new ResponsiblePerson("p-1", "李娜");
    private static final ResponsiblePerson WANG = new ResponsiblePerson("p-2", "王强");
    private static final ResponsiblePerson SUN = new ResponsiblePerson("p-3", "孙涛");

    private static Grid grid(String code) {
        return Grid.builder().code(code).name("网格" + code).build();
    }

    private static GridTree tree(String... codes) {
        return GridTree.of(Arrays.stream(codes).map(GridTreeTest::grid).toList());
    }

    private static GridCode code(String text) {
        return GridCode.parse(text);
    }

    private static List<String> codes(List<Grid> grids) {
        return grids.stream().map(g -> g.code().value()).toList();
    }

    @Test
    void navigatesTheHierarchyBuiltFromAnUnorderedList() {
        GridTree tree = tree("110105002", "110105001001", "110105", "110105001", "110105001001001", "110105001002");

        assertThat(tree.size()).isEqualTo(6);
        assertThat(codes(tree.roots())).containsExactly("110105");
        assertThat(codes(tree.children(code("110105")))).containsExactly("110105001", "110105002");
        assertThat(tree.parent(code("110105001002")).map(g -> g.code().value())).contains("110105001");
        assertThat(tree.parent(code("110105"))).isEmpty();
        assertThat(codes(tree.ancestors(code("110105001001001"))))
                .containsExactly("110105001001", "110105001", "110105");
        assertThat(tree.subtree(code("110105")).map(g -> g.code().value()))
                .containsExactly("110105", "110105001", "110105001001", "110105001001001", "110105001002", "110105002");
        assertThat(tree.contains(code("110105001"), code("110105001001001"))).isTrue();
        assertThat(tree.contains(code("110105001"), code("110105001"))).isTrue();
        assertThat(tree.contains(code("110105001"), code("110105002"))).isFalse();
        assertThat(tree.contains(code("110105001"), code("110105001003")))
                .as("not in the tree")
                .isFalse();
        assertThat(codes(List.copyOf(tree.grids()))).isSorted();
    }

    @Test
    void lookupsByCode() {
        GridTree tree = tree("110105", "110105001");

        assertThat(tree.find(code("110105001"))).map(Grid::name).contains("网格110105001");
        assertThat(tree.find(code("110105002"))).isEmpty();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> tree.get(code("110105002")))
                .withMessage("no grid with code 110105002 in this tree");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> tree.children(code("110105002")))
                .withMessage("no grid with code 110105002 in this tree");
    }

    @Test
    void severalRootsAtTheTopLevelPresentAreFine() {
        GridTree streets = tree("110105002", "110105001", "110105001001");

        assertThat(codes(streets.roots())).containsExactly("110105001", "110105002");
        assertThat(GridTree.of(List.of()).size()).isZero();
    }

    @Test
    void everyProblemIsListedAtOnce() {
        List<Grid> grids = new ArrayList<>(List.of(
                grid("110105"),
                grid("110105001"),
                grid("110105001"),
                grid("110105001001001"),
                grid("110106001"),
                grid("110105002001")));
        grids.add(null);

        assertThatThrownBy(() -> GridTree.of(grids))
                .isInstanceOf(InvalidGridTreeException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(((InvalidGridTreeException) e).problems())
                        .containsExactly(
                                "grid #7 in the list is null",
                                "duplicate grid code 110105001 (2 grids)",
                                "grid 110105001001001 (MICRO) has no parent: COMMUNITY grid 110105001001 is missing;"
                                        + " the STREET grid 110105001 is present, so level COMMUNITY would be skipped",
                                "grid 110105002001 (COMMUNITY) has no parent: STREET grid 110105002 is missing; the"
                                        + " DISTRICT grid 110105 is present, so level STREET would be skipped",
                                "grid 110106001 (STREET) has no parent: DISTRICT grid 110106 is missing, and STREET is"
                                        + " below the top level present (DISTRICT), so it cannot be a root"))
                .hasMessageStartingWith("5 problems in the grid tree:\n  - grid #7 in the list is null\n  - ");
    }

    @Test
    void nextResponsibleClimbsThisGridsChainThenTheNearestAncestorWithAHolder() {
        Grid district = Grid.builder()
                .code("110105")
                .name("朝阳区")
                .responsible(ResponsibleRole.IN_CHARGE, SUN)
                .responsible(ResponsibleRole.FIRST, WANG)
                .build();
        Grid street = Grid.builder().code("110105001").name("建外街道").build(); // nobody assigned yet
        Grid community = Grid.builder()
                .code("110105001001")
                .name("永安里社区")
                .responsible(ResponsibleRole.SPECIFIC, LI)
                .responsible(ResponsibleRole.FIRST, WANG)
                .responsible(ResponsibleRole.LIAISON, SUN)
                .build();
        GridTree tree = GridTree.of(List.of(district, street, community));

        assertThat(tree.nextResponsibleAbove(community.code(), ResponsibleRole.SPECIFIC))
                .contains(new Responsibility(community.code(), ResponsibleRole.FIRST, WANG));
        assertThat(tree.nextResponsibleAbove(community.code(), ResponsibleRole.FIRST))
                .as("top of the community's chain: on to the district, since the street has no holders")
                .contains(new Responsibility(district.code(), ResponsibleRole.IN_CHARGE, SUN));
        assertThat(tree.nextResponsibleAbove(community.code(), ResponsibleRole.LIAISON))
                .contains(new Responsibility(district.code(), ResponsibleRole.IN_CHARGE, SUN));
        assertThat(tree.nextResponsibleAbove(district.code(), ResponsibleRole.IN_CHARGE))
                .contains(new Responsibility(district.code(), ResponsibleRole.FIRST, WANG));
        assertThat(tree.nextResponsibleAbove(district.code(), ResponsibleRole.FIRST))
                .isEmpty();
    }
}
