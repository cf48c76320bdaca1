package org.gridsafe.testkit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.gridsafe.casework.Case;
import org.gridsafe.port.CasePage;
import org.gridsafe.port.CaseQuery;

/**
 * The reference semantics of {@link CaseQuery}, written out for stores to be checked against. It
 * restates {@code org.gridsafe.memory.CaseMatcher} (package-private in core, so it is not public
 * API); {@code InMemoryCaseStoreContractTest} checks that the two agree.
 *
 * <ul>
 *   <li>{@code states}: the case's state is one of them (empty: any state);
 *   <li>{@code withinGrid}: the case's grid is that grid or lies below it (a code prefix, so a
 *       sibling with a longer code is not inside);
 *   <li>{@code department}: the case was dispatched to that department (never-dispatched cases
 *       have none and never match);
 *   <li>{@code dueBefore}: the case is open and its deadline is <em>strictly</em> before the instant;
 *   <li>{@code notDueBefore}: the case is finished, or has no deadline, or its deadline is not
 *       before the instant (exactly the cases {@code dueBefore} leaves out);
 *   <li>{@code grade}, {@code domain}: the current (registered, possibly corrected) values;
 *   <li>{@code source}: the channel the case was reported through;
 *   <li>{@code reportedFrom}, {@code reportedUntil}: the case was reported at or after the first
 *       and at or before the second (both ends included);
 *   <li>{@code entity}: the case names that production unit or place;
 *   <li>{@code sector}, {@code riskLevel}, {@code supervisionClass}: the facts recorded on the case
 *       about its entity (as of its report): one of its sector ids equals the id (whole, not a
 *       part), its risk level is the level, its class's code is the code; a case naming no entity,
 *       or an entity without that fact, never matches;
 *   <li>{@code text}: the description contains the text literally and case-sensitively ({@code %}
 *       and {@code _} are ordinary characters);
 *   <li>{@code after} and {@code limit}: pages in {@link org.gridsafe.casework.CaseId} order
 *       ({@link String#compareTo}, not a locale's collation); a page holds at most {@code limit}
 *       cases; {@code next} is the id of the page's last case when more matches follow, and empty
 *       otherwise.
 * </ul>
 *
 * <pre>{@code
 * CasePage expected = CaseQueryReference.page(query, everyCaseInTheStore);
 * }</pre>
 */
public final class CaseQueryReference {

    private CaseQueryReference() {}

    /** Whether {@code c} meets every criterion of {@code query} ({@code after} and {@code limit} aside). */
    public static boolean matches(CaseQuery query, Case c) {
        if (!query.states().isEmpty() && !query.states().contains(c.state())) {
            return false;
        }
        if (query.withinGrid().isPresent()
                && !c.grid().value().startsWith(query.withinGrid().get().value())) {
            return false;
        }
        if (query.department().isPresent() && !query.department().equals(c.department())) {
            return false;
        }
        if (query.dueBefore().isPresent()) {
            boolean due = c.state().isOpen()
                    && c.deadline().isPresent()
                    && c.deadline().get().isBefore(query.dueBefore().get());
            if (!due) {
                return false;
            }
        }
        if (query.notDueBefore().isPresent()) {
            boolean due = c.state().isOpen()
                    && c.deadline().isPresent()
                    && c.deadline().get().isBefore(query.notDueBefore().get());
            if (due) {
                return false;
            }
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
                && c.reportedAt().compareTo(query.reportedFrom().get()) < 0) {
            return false;
        }
        if (query.reportedUntil().isPresent()
                && c.reportedAt().compareTo(query.reportedUntil().get()) > 0) {
            return false;
        }
        if (query.entity().isPresent()
                && !(c.entity().isPresent()
                        && c.entity().get().id().equals(query.entity().get()))) {
            return false;
        }
        if (query.sector().isPresent()
                && !(c.entity().isPresent()
                        && c.entity().get().sectors().contains(query.sector().get()))) {
            return false;
        }
        if (query.riskLevel().isPresent()
                && !(c.entity().isPresent() && c.entity().get().riskLevel().equals(query.riskLevel()))) {
            return false;
        }
        if (query.supervisionClass().isPresent()
                && !(c.entity().isPresent()
                        && c.entity().get().supervisionClass().isPresent()
                        && c.entity()
                                .get()
                                .supervisionClass()
                                .get()
                                .code()
                                .equals(query.supervisionClass().get()))) {
            return false;
        }
        return query.text().isEmpty() || c.description().contains(query.text().get());
    }

    /** Every case of {@code cases} that matches, in case-id order, ignoring {@code after} and {@code limit}. */
    public static List<Case> allMatches(CaseQuery query, Collection<Case> cases) {
        return cases.stream()
                .filter(c -> matches(query, c))
                .sorted(Comparator.comparing(Case::id))
                .toList();
    }

    /** The page a store holding exactly {@code cases} must answer to {@code query}. */
    public static CasePage page(CaseQuery query, Collection<Case> cases) {
        List<Case> rest = new ArrayList<>();
        for (Case c : allMatches(query, cases)) {
            if (query.after().isEmpty() || c.id().compareTo(query.after().get()) > 0) {
                rest.add(c);
            }
        }
        if (rest.size() <= query.limit()) {
            return new CasePage(rest, Optional.empty());
        }
        List<Case> page = rest.subList(0, query.limit());
        return new CasePage(page, Optional.of(page.get(page.size() - 1).id()));
    }
}
