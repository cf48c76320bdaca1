/**
 * Hazards (事故隐患 / 危险和有害因素) and how they are classified: what a case is about.
 *
 * <ul>
 *   <li>{@link org.gridsafe.hazard.HazardCode} — a GB/T 13861-2022 code (危险和有害因素代码), 1/1/2/2
 *       digits: category 大类, class 中类, subclass 小类, detail 细类; "99" = other.
 *   <li>{@link org.gridsafe.hazard.HazardCatalog} — the codes a district accepts: the built-in table
 *       (with how well each code is sourced) plus local codes added under existing ones.
 *   <li>{@link org.gridsafe.hazard.HazardGrade} — 一般事故隐患 / 重大事故隐患.
 *   <li>{@link org.gridsafe.hazard.SafetyDomain} — the six domains of "big safety" (大安全).
 *   <li>{@link org.gridsafe.hazard.RiskLevel} — 安全风险等级, red / orange / yellow / blue.
 *   <li>{@link org.gridsafe.hazard.AccidentType}, {@link org.gridsafe.hazard.AccidentTypeCatalog} —
 *       事故类别 of GB/T 6441-1986 and GB 6441-2025 (both built in; the accident date chooses the
 *       edition), and editions a host loads as data.
 *   <li>{@link org.gridsafe.hazard.AccidentGrade}, {@link org.gridsafe.hazard.AccidentReporting} —
 *       accident grades and reporting time limits of 国务院令第493号.
 * </ul>
 *
 * <p>This package depends on nothing else in GridSafe; facts the research could not confirm
 * are shipped as data files, each citing its sources, that hosts can check and replace, never as code.
 */
package org.gridsafe.hazard;
