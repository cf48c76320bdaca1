/**
 * GridSafe: grid-based safety supervision (安全生产网格化管理) as an embeddable library.
 *
 * <p>Concept packages sit at the bottom ({@code grid}, {@code hazard}, then {@code duty} and
 * {@code access}, then {@code casework}, then {@code stats}); {@code port} is above them,
 * {@code memory} above {@code port}, and this root package, with the entry points, on top.
 */
package org.gridsafe;
