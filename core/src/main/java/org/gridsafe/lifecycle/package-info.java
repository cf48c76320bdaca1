/**
 * Lifecycles (生命周期): the transition table an aggregate's commands are decided by.
 *
 * <p>A {@link org.gridsafe.lifecycle.TransitionTable} lists, row by row, which command an
 * aggregate accepts in which state, which {@link org.gridsafe.access.Action} access control is
 * asked about, which {@link org.gridsafe.lifecycle.Guard}s must hold, which events the command may
 * yield, the state(s) it may lead to, and the {@link org.gridsafe.lifecycle.Step} that holds its
 * field rules and builds its events. The case's six-step loop ({@code casework.Lifecycle}) is the
 * first table; later aggregates (supervised entities, patrols, inspections) declare their own the
 * same way. The table renders itself as Markdown, so the documentation is generated from it.
 */
package org.gridsafe.lifecycle;
