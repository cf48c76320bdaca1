package org.gridsafe.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseId;
import org.gridsafe.casework.RecordedEvent;
import org.gridsafe.memory.InMemoryCaseStore;
import org.gridsafe.port.CaseChange;
import org.gridsafe.port.CasePage;
import org.gridsafe.port.CaseQueries;
import org.gridsafe.port.CaseQuery;
import org.gridsafe.port.CaseStore;
import org.gridsafe.port.MajorHazardReturnStore;
import org.gridsafe.port.Notifier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The example in {@link CaseStoreContract}'s Javadoc, compiled and run: the nested class below is
 * the example, and a test holds the Javadoc to it word for word, so the example cannot again call
 * methods that do not exist.
 */
class DocumentedExampleTest {

    /** The host's adapter of the example; here it hands everything to the in-memory store. */
    static final class MyCaseStore implements CaseStore, CaseQueries {
        private final InMemoryCaseStore delegate;

        MyCaseStore(Notifier notifier) {
            this.delegate = new InMemoryCaseStore(notifier);
        }

        @Override
        public List<RecordedEvent> load(CaseId caseId) {
            return delegate.load(caseId);
        }

        @Override
        public void append(CaseChange change) {
            delegate.append(change);
        }

        @Override
        public Optional<MajorHazardReturnStore> majorHazardReturnStore() {
            return delegate.majorHazardReturnStore();
        }

        @Override
        public Optional<Case> find(CaseId caseId) {
            return delegate.find(caseId);
        }

        @Override
        public CasePage find(CaseQuery query) {
            return delegate.find(query);
        }
    }

    @Nested
    // example:start
    class MyCaseStoreContractTest extends CaseStoreContract {
        @Override
        protected StoreUnderTest newStore() {
            RecordingNotifier notifier = new RecordingNotifier();
            MyCaseStore store = new MyCaseStore(notifier);
            return new StoreUnderTest(store, store, notifier::delivered);
        }
    }
    // example:end

    @Test
    void theJavadocShowsThisExampleWordForWord() throws IOException {
        String kit = Files.readString(Path.of("src/main/java/org/gridsafe/testkit/CaseStoreContract.java"));
        Matcher javadoc =
                Pattern.compile("(?s)<pre>\\{@code\\n(.*?)\\n \\* }</pre>").matcher(kit);
        assertThat(javadoc.find())
                .as("CaseStoreContract's Javadoc has a code example")
                .isTrue();
        String documented = javadoc.group(1)
                .lines()
                .map(line -> line.replaceFirst("^ \\* ?", ""))
                .collect(Collectors.joining("\n"));

        String self = Files.readString(Path.of("src/test/java/org/gridsafe/testkit/DocumentedExampleTest.java"));
        String example = self.substring(
                self.indexOf("// example:start\n") + "// example:start\n".length(), self.indexOf("    // example:end"));
        List<String> lines =
                example.lines().map(line -> line.replaceFirst("^    ", "")).toList();

        assertThat(documented).isEqualTo(String.join("\n", lines));
    }
}
