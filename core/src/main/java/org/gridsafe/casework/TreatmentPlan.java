package org.gridsafe.casework;

/**
 * The contents of a major hazard's treatment plan (重大事故隐患治理方案) as 原国家安全生产监督管理总局令
 * 第16号 (安全生产事故隐患排查治理暂行规定) lists them, held beside the five fixed of {@link
 * RectificationPlan}. Each element is free text, required when a major hazard is dispatched.
 *
 * @param objectivesAndTasks 治理的目标和任务
 * @param methodsAndMeasures 采取的方法和措施
 * @param fundsAndMaterials 经费和物资的落实
 * @param organisationAndPersonnel 负责治理的机构和人员
 * @param timeLimitAndRequirements 治理的时限和要求
 * @param safetyMeasuresAndContingencyPlan 安全措施和应急预案
 */
public record TreatmentPlan(
        String objectivesAndTasks,
        String methodsAndMeasures,
        String fundsAndMaterials,
        String organisationAndPersonnel,
        String timeLimitAndRequirements,
        String safetyMeasuresAndContingencyPlan) {}
