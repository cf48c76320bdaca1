/**
 * Supervised entities (监管对象): the identity, classification and grading vocabulary that
 * production units and places are described with. This layer holds values and catalog data only;
 * the units and places themselves are built on it.
 *
 * <ul>
 *   <li>{@link org.gridsafe.entity.UnifiedSocialCreditCode} — 统一社会信用代码 (GB 32100-2015),
 *       strict and lenient parsing; {@link org.gridsafe.entity.CreditCodeCategories} names its
 *       authority and category codes.
 *   <li>{@link org.gridsafe.entity.IndustryCode}, {@link org.gridsafe.entity.IndustryCatalog} —
 *       国民经济行业分类 (GB/T 4754-2017).
 *   <li>{@link org.gridsafe.entity.SectorCatalog}, {@link org.gridsafe.entity.SectorMapping},
 *       {@link org.gridsafe.entity.HighRiskTagSets}, {@link
 *       org.gridsafe.entity.SpecialRiskFeatureCatalog} — supervision sectors, the industry → sector
 *       rules a source gives, host-chosen "high-risk" sets, and cross-industry risk features.
 *   <li>{@link org.gridsafe.entity.MajorHazardInstallationGrade}, {@link
 *       org.gridsafe.entity.Licence} with {@link org.gridsafe.entity.LicenceTypeCatalog}, {@link
 *       org.gridsafe.entity.SupervisionClassScheme} with {@link
 *       org.gridsafe.entity.SupervisionClassSchemes} — grades, licences and supervision classes;
 *       risk levels reuse {@link org.gridsafe.hazard.RiskLevel}.
 *   <li>{@link org.gridsafe.entity.MajorHazardCriteria} — 重大事故隐患判定标准 as versioned data.
 * </ul>
 *
 * <p>Everything that differs by law, campaign or place is data in a TSV file next to these classes,
 * each row tagged with its source and {@link org.gridsafe.entity.Evidence}; hosts add their own
 * rows. Bad input raises {@link org.gridsafe.entity.InvalidEntityValueException} naming the field
 * and the rule. This package may use {@code grid} and {@code hazard} and nothing above them.
 */
package org.gridsafe.entity;
