/**
 * Casework (案件办理): the case aggregate and the six-step closed loop (六步闭环).
 *
 * <p>Report (发现上报) → register (受理立案) → dispatch (派遣交办) → rectify (整改处置) → verify
 * (核查验收; a failure sends the case back for rework, 返工) → close (结案评价). A case is the fold
 * of its {@link org.gridsafe.casework.CaseEvent}s; {@link org.gridsafe.casework.Lifecycle} is the
 * transition table (which command in which state, who, guards, events, target) and names the
 * step class holding each command's rules ({@code Registering}, {@code Dispatching}, …);
 * {@link org.gridsafe.casework.CaseDecider} dispatches on it and turns a
 * {@link org.gridsafe.casework.CaseCommand} into new events or a
 * {@link org.gridsafe.casework.Rejection}, without I/O and without reading a clock. Each
 * {@link org.gridsafe.casework.RecordedEvent} carries the hash of its predecessor, so
 * {@link org.gridsafe.casework.CaseAudit} can show the log was not altered.
 */
@Value.Style(
        // The generated ImmutableCase stays package-private: the public path is Case.builder().
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        defaults = @Value.Immutable(copy = true))
package org.gridsafe.casework;

import org.immutables.value.Value;
