package org.gridsafe.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/supervised-entities.md shows the entity lifecycle table exactly as the code declares it. */
class EntityLifecycleDocumentTest {

    @Test
    void theDocumentEmbedsTheTable() throws Exception {
        Path doc = Path.of("..", "docs", "supervised-entities.md");
        assertThat(Files.readString(doc)).contains(EntityLifecycle.TABLE.markdown());
    }
}
