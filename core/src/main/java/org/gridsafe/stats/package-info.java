/**
 * Statistics for command centers (统计分析): case indicators over a grid subtree, department,
 * domain, grade and period, rankings of child grids and departments, and accident indicators
 * period over period (四降). Pure functions over cases and accident records; stores may compute
 * the same numbers in SQL, and must agree with these (the definitions live in
 * {@link org.gridsafe.stats.CaseIndicators}).
 */
package org.gridsafe.stats;
