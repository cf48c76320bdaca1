/**
 * Duties (职责): who handles a case, and how long each step may take.
 *
 * <ul>
 *   <li>{@link org.gridsafe.duty.Department} (职能部门) with its {@link org.gridsafe.duty.DepartmentId}
 *       and the safety domains it covers.
 *   <li>{@link org.gridsafe.duty.DutyMatrix} (职责清单) — rules ({@link org.gridsafe.duty.DutyRule}) from
 *       domain × hazard code prefix × grade × grid level to a department; the most specific rule wins,
 *       ties between departments are rejected when the matrix is built.
 *   <li>{@link org.gridsafe.duty.WorkflowStep} — the six steps of the closed loop (六步闭环).
 *   <li>{@link org.gridsafe.duty.TimeLimits} (办理时限) — a {@link org.gridsafe.duty.TimeLimit} in working
 *       hours (工作时) or working days (工作日) per step and hazard grade.
 *   <li>{@link org.gridsafe.duty.WorkCalendar} — working weekdays, the daily working window, public
 *       holidays and swapped working days (调休); turns a limit into a deadline. Calendars are data:
 *       a small line format ({@link org.gridsafe.duty.WorkCalendar#parse(String)}) and a 2026
 *       mainland-China calendar to start from ({@link org.gridsafe.duty.WorkCalendar#chinaMainland2026()}).
 * </ul>
 *
 * <p>Depends on {@code org.gridsafe.hazard} and {@code org.gridsafe.grid} only. Nothing here reads
 * the clock: callers pass the start instant.
 */
package org.gridsafe.duty;
