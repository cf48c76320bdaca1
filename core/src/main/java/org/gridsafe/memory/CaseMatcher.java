package org.gridsafe.memory;

import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseEntity;
import org.gridsafe.port.CaseQuery;

/** Whether a case meets every criterion of a query: the reference semantics of {@link CaseQuery}. */
final class CaseMatcher {

    private CaseMatcher() {}

    static boolean matches(CaseQuery query, Case c) {
        if (!query.states().isEmpty() && !query.states().contains(c.state())) {
            return false;
        }
        if (query.withinGrid().isPresent() && !query.withinGrid().get().isSameOrAncestorOf(c.grid())) {
            return false;
        }
        if (query.department().isPresent() && !query.department().equals(c.department())) {
            return false;
        }
        if (query.dueBefore().isPresent()
                && !(c.state().isOpen()
                        && c.deadline().isPresent()
                        && c.deadline().get().isBefore(query.dueBefore().get()))) {
            return false;
        }
        if (query.notDueBefore().isPresent()
                && c.state().isOpen()
                && c.deadline().isPresent()
                && c.deadline().get().isBefore(query.notDueBefore().get())) {
            return false;
        }
        if (query.grade().isPresent() && query.grade().get() != c.grade()) {
            return false;
        }
        if (query.domain().isPresent() && query.domain().get() != c.domain()) {
            return false;
        }
        if (query.source().isPresent() && query.source().get() != c.source()) {
            return false;
        }
        if (query.reportedFrom().isPresent()
                && c.reportedAt().isBefore(query.reportedFrom().get())) {
            return false;
        }
        if (query.reportedUntil().isPresent()
                && c.reportedAt().isAfter(query.reportedUntil().get())) {
            return false;
        }
        if (!matchesEntity(query, c)) {
            return false;
        }
        return query.text().isEmpty() || c.description().contains(query.text().get());
    }

    /** The entity criteria, over the facts recorded on the case (the entity as it was when reported). */
    private static boolean matchesEntity(CaseQuery query, Case c) {
        return CaseEntity.matches(
                c.entity(), query.entity(), query.sector(), query.riskLevel(), query.supervisionClass());
    }
}
