package org.gridsafe.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import org.gridsafe.casework.Case;
import org.gridsafe.port.CaseQuery;
import org.gridsafe.testkit.CaseQueryReference;
import org.gridsafe.testkit.CaseStoreContract;
import org.gridsafe.testkit.RecordingNotifier;
import org.junit.jupiter.api.Test;

/** The port contract, run on the in-memory store: the reference every other store is held to. */
class InMemoryCaseStoreContractTest extends CaseStoreContract {

    @Override
    protected StoreUnderTest newStore() {
        RecordingNotifier notifier = new RecordingNotifier();
        InMemoryCaseStore store = new InMemoryCaseStore(notifier);
        return new StoreUnderTest(store, store, notifier::delivered);
    }

    /** The kit restates CaseMatcher (package-private in core); the two must never drift apart. */
    @Test
    void theKitsReferenceSemanticsAgreeWithTheInMemoryMatcher() {
        Collection<Case> cases = seedVariedCases();

        for (CaseQuery query : sampleQueries()) {
            for (Case c : cases) {
                assertThat(CaseQueryReference.matches(query, c))
                        .as("%s on case %s", query, c.id())
                        .isEqualTo(CaseMatcher.matches(query, c));
            }
        }
    }
}
