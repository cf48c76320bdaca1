package org.gridsafe.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/self-inspection.md shows the run lifecycle table exactly as the code declares it. */
class SelfCheckLifecycleDocumentTest {

    @Test
    void theDocumentEmbedsTheTable() throws Exception {
        Path doc = Path.of("..", "docs", "self-inspection.md");
        assertThat(Files.readString(doc)).contains(SelfCheckLifecycle.TABLE.markdown());
    }
}
