/**
 * Grids (网格) and their hierarchy: the territory of grid-based safety supervision
 * (安全生产网格化管理).
 *
 * <p>A district is divided into street (街道/镇), community (社区/村) and micro-grids (微网格); each
 * grid has staff (一格多员) and a chain of responsible persons (责任到人, 逐级负责). Key types:
 *
 * <ul>
 *   <li>{@link org.gridsafe.grid.GridCode} and {@link org.gridsafe.grid.GridLevel}: validated,
 *       hierarchical codes derived from administrative division codes;
 *   <li>{@link org.gridsafe.grid.Grid}: one grid with its boundary, staff ({@link
 *       org.gridsafe.grid.GridRole}) and {@link org.gridsafe.grid.ResponsibilityChain} ({@link
 *       org.gridsafe.grid.ResponsibleRole});
 *   <li>{@link org.gridsafe.grid.GridTree}: the immutable hierarchy, lookups by code and the
 *       escalation question "who is next above?";
 *   <li>{@link org.gridsafe.grid.GridLocator}: from a {@link org.gridsafe.grid.GeoPoint} to the
 *       smallest grid that covers it.
 * </ul>
 *
 * <p>Every value validates in its factory or builder and says which field broke which rule, with
 * an {@link java.lang.IllegalArgumentException}.
 */
package org.gridsafe.grid;
