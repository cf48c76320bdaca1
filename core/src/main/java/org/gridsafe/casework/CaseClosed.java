package org.gridsafe.casework;

import java.util.Optional;

/**
 * Step 6, 结案评价: the case is closed (销号) and evaluated.
 *
 * @param onTime whether every step finished within its deadline
 * @param reworkCount how many verifications failed
 * @param satisfaction the reporter's satisfaction, 1 (very unsatisfied) to 5 (very satisfied)
 * @param feedback the reporter's words
 * @param evaluation the command center's evaluation
 */
public record CaseClosed(
        boolean onTime,
        int reworkCount,
        Optional<Integer> satisfaction,
        Optional<String> feedback,
        Optional<String> evaluation)
        implements CaseEvent {}
