/**
 * Administrative inspections (行政检查) of enterprises by officers holding an enforcement credential:
 * {@link org.gridsafe.inspection.EnforcementCredential}, {@link org.gridsafe.inspection.Inspection} and its
 * lifecycle ({@link org.gridsafe.inspection.InspectionLifecycle}), the yearly cap per enterprise
 * ({@link org.gridsafe.inspection.InspectionCaps}) and the reproducible random draw
 * ({@link org.gridsafe.inspection.RandomDraw}). Kept apart from patrols: grid staff patrol, they do not
 * inspect (国办发〔2024〕54号). Sits above {@code casework}, beside {@code patrol}.
 */
package org.gridsafe.inspection;
