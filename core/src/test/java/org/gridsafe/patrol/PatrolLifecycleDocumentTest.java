package org.gridsafe.patrol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/patrols.md shows the occurrence lifecycle table exactly as the code declares it. */
class PatrolLifecycleDocumentTest {

    @Test
    void theDocumentEmbedsTheTable() throws Exception {
        Path doc = Path.of("..", "docs", "patrols.md");
        assertThat(Files.readString(doc)).contains(PatrolLifecycle.TABLE.markdown());
    }
}
