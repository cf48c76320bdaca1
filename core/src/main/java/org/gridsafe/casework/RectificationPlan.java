package org.gridsafe.casework;

import java.time.LocalDate;

/**
 * The treatment plan of a major hazard (治理方案) with the "five fixed" (五落实): responsibility,
 * measures, funds, deadline and contingency plan.
 *
 * @param responsiblePerson who answers for the rectification (整改责任)
 * @param measures what will be done (整改措施)
 * @param funds the money set aside, in words (整改资金)
 * @param dueDate the planned completion date (整改时限)
 * @param contingencyPlan what is done if things go wrong meanwhile (应急预案)
 */
public record RectificationPlan(
        String responsiblePerson, String measures, String funds, LocalDate dueDate, String contingencyPlan) {}
