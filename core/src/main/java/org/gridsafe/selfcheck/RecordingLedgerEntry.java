package org.gridsafe.selfcheck;

import org.gridsafe.lifecycle.Step;

/** Links a pending ledger entry to the case it became; an entry gets one case, once. */
final class RecordingLedgerEntry implements Step<SelfCheckCommand.RecordEntry, SelfCheckStepContext> {

    @Override
    public void decide(SelfCheckCommand.RecordEntry c, SelfCheckStepContext ctx) {
        LedgerEntry entry = ctx.run().entries().stream()
                .filter(e -> e.item().equals(c.item()))
                .findFirst()
                .orElse(null);
        if (entry == null) {
            ctx.problem("item", c.item() + " is not a ledger entry of this run");
        } else if (!entry.pending()) {
            ctx.problem("item", c.item() + " became case " + entry.caseId().get() + " already");
        } else {
            ctx.emit(new SelfCheckEvent.EntryReported(c.item(), c.caseId()));
        }
    }
}
