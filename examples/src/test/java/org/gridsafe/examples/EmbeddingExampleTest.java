package org.gridsafe.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {

    @Test
    void runsOneCaseThroughAllSixStepsAndPrintsAnIntactAuditTrail() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream previous = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            EmbeddingExample.main(new String[0]);
        } finally {
            System.setOut(previous);
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed)
                .contains("is 已结案 (closed)")
                .contains("v1 CaseReported by u-1")
                .contains("v6 CaseClosed by cc-1")
                .contains("audit chain intact: true");
        assertThat(new java.io.File("src/main/java/org/gridsafe/examples/EmbeddingExample.java"))
                .satisfies(f ->
                        assertThat(java.nio.file.Files.readAllLines(f.toPath())).hasSizeLessThan(150));
    }
}
