package org.gridsafe.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The transition table in {@code docs/workflow.md} is {@link Lifecycle#markdown()}, between two
 * markers; a change to the table in code fails here until the document follows. Regenerate with
 * {@value #REGENERATE}.
 */
class WorkflowDocumentTest {

    static final String BEGIN = "<!-- transition table: generated from org.gridsafe.casework.Lifecycle -->";
    static final String END = "<!-- end of transition table -->";
    static final String REGENERATE = "./mvnw -B -pl core -am verify -Dtest=WorkflowDocumentTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dgridsafe.regenerateDocs=true";

    /** Surefire runs in the module's directory. */
    private static final Path DOCUMENT = Path.of("..", "docs", "workflow.md");

    @Test
    void theDocumentedTransitionTableIsTheOneInTheCode() throws IOException {
        String text = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        assertThat(begin).as("%s holds the marker %s", DOCUMENT, BEGIN).isNotNegative();
        assertThat(end)
                .as("%s holds the marker %s after the first", DOCUMENT, END)
                .isGreaterThan(begin);
        String documented = text.substring(begin + BEGIN.length(), end);
        String generated = "\n" + Lifecycle.markdown();
        if (Boolean.getBoolean("gridsafe.regenerateDocs") && !documented.equals(generated)) {
            Files.writeString(
                    DOCUMENT,
                    text.substring(0, begin + BEGIN.length()) + generated + text.substring(end),
                    StandardCharsets.UTF_8);
            documented = generated;
        }
        assertThat(documented)
                .as("docs/workflow.md shows a transition table other than Lifecycle's; regenerate it with:\n  "
                        + REGENERATE)
                .isEqualTo(generated);
    }

    @Test
    void everyCommandTypeHasARowAndEveryRowNamesItsRulesClass() {
        Set<Class<?>> commands = new HashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>(Set.of(CaseCommand.class));
        while (!todo.isEmpty()) {
            Class<?> type = todo.pop();
            if (type.isSealed()) {
                todo.addAll(Set.of(type.getPermittedSubclasses()));
            } else {
                commands.add(type);
            }
        }
        Set<Class<?>> inTable = new HashSet<>();
        Lifecycle.TABLE.transitions().forEach(row -> inTable.add(row.command()));
        assertThat(inTable).as("command types with a row").containsExactlyInAnyOrderElementsOf(commands);
        assertThat(Lifecycle.markdown()).doesNotContain("| — |\n");
        for (CaseState state : CaseState.values()) {
            assertThat(Lifecycle.accepted(state).isEmpty())
                    .as("%s accepts no command exactly when it is rejected or merged", state)
                    .isEqualTo(state == CaseState.REJECTED || state == CaseState.MERGED);
        }
    }
}
