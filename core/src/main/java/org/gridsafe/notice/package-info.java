/**
 * District notices (区级提醒): messages a district owes a command center or a person that concern
 * no case, such as the work calendar's coverage running out or an overdue major-hazard
 * statistical return.
 *
 * <ul>
 *   <li>{@link org.gridsafe.notice.DistrictNotice}: one notice, with its structured fields, its
 *       texts in zh-CN and English and its dedup key.
 *   <li>{@link org.gridsafe.notice.NoticeKind}: what it announces.
 *   <li>{@link org.gridsafe.notice.NoticeTemplates}: the wording, replaceable by the host.
 *   <li>{@link org.gridsafe.notice.NoticeSweep}: what one run of the daily sweep did.
 * </ul>
 *
 * <p>Depends on {@code org.gridsafe.grid} and {@code org.gridsafe.duty} only; the ports keep and
 * deliver notices, the root's {@code DistrictNotices} raises them.
 */
package org.gridsafe.notice;
