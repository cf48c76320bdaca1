/**
 * Access control (权限): who may do what to which case.
 *
 * <p>An {@link org.gridsafe.access.Actor} is a person or a system with roles and a home (a grid, a
 * department or an enterprise). {@link org.gridsafe.access.AccessPolicy} decides every command from
 * the {@link org.gridsafe.access.CaseFacts} of a case, never from the case type itself, so the
 * workflow can ask without a package cycle.
 */
package org.gridsafe.access;
