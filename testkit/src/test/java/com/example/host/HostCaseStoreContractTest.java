package com.example.host;

import static org.assertj.core.api.Assertions.assertThat;

import org.gridsafe.testkit.CaseStoreContract;
import org.gridsafe.testkit.RecordingNotifier;
import org.junit.jupiter.api.Test;

/**
 * The case store contract run from outside {@code org.gridsafe}, the way a host runs it against
 * its own adapter: extend the kit, say how to make a fresh store, and every contract test runs.
 */
class HostCaseStoreContractTest extends CaseStoreContract {

    private HostCaseStore last;

    @Override
    protected StoreUnderTest newStore() {
        RecordingNotifier notifier = new RecordingNotifier();
        last = new HostCaseStore(notifier);
        return new StoreUnderTest(last, last, notifier::delivered);
    }

    /** The contract wrote through the host's store, not around it. */
    @Test
    void theContractWritesThroughTheHostsStore() {
        seedVariedCases();

        assertThat(last.appended()).isPositive();
    }
}
