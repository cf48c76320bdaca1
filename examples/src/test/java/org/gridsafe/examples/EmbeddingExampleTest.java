package org.gridsafe.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gridsafe.casework.CaseAudit;
import org.gridsafe.casework.CaseClosed;
import org.gridsafe.casework.CaseDispatched;
import org.gridsafe.casework.CaseRegistered;
import org.gridsafe.casework.CaseReported;
import org.gridsafe.casework.RecordedEvent;
import org.gridsafe.casework.RectificationSubmitted;
import org.gridsafe.casework.VerificationPassed;
import org.junit.jupiter.api.Test;

/** What the README's embedding example does: one case, six steps by the right people, an intact chain, printed. */
class EmbeddingExampleTest {

    @Test
    void one_case_runs_all_six_steps_and_its_audit_trail_is_intact() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        List<RecordedEvent> log = EmbeddingExample.run(new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(log)
                .<Class<?>>extracting(e -> e.event().getClass())
                .containsExactly(
                        CaseReported.class,
                        CaseRegistered.class,
                        CaseDispatched.class,
                        RectificationSubmitted.class,
                        VerificationPassed.class,
                        CaseClosed.class);
        assertThat(log)
                .extracting(RecordedEvent::actorId)
                .as("grid manager reports and verifies, the command center registers, dispatches and closes,"
                        + " the fire brigade rectifies")
                .containsExactly("u-1", "cc-1", "cc-1", "f-1", "u-1", "cc-1");
        assertThat(log).extracting(RecordedEvent::version).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(CaseAudit.verify(log).intact()).isTrue();

        String text = printed.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("is 已结案 (closed)").contains("audit chain intact: true");
        for (RecordedEvent e : log) {
            assertThat(text).contains("v" + e.version() + " " + e.event().type() + " by " + e.actorId());
        }
    }
}
