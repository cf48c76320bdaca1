/**
 * Enterprise self-inspection (企业隐患自查自报): plans, runs of a checklist, the hazard ledger (台账) whose
 * entries are cases with source enterprise self-report, the quality check on self-reports and the
 * quarterly and annual statistical returns the enterprise owes. Above {@code casework}, below {@code
 * stats}; it uses neither {@code patrol} nor {@code inspection}.
 */
package org.gridsafe.selfcheck;
