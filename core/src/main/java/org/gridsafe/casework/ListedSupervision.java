package org.gridsafe.casework;

/**
 * Upper-level supervision of a major hazard (挂牌督办): which authority lists it, under which
 * notice.
 *
 * @param authority the supervising government or safety committee (e.g. 区安委办)
 * @param documentReference the notice's number, e.g. 区安委办督〔2026〕12号
 */
public record ListedSupervision(String authority, String documentReference) {}
