package org.gridsafe.selfcheck;

import java.util.List;
import java.util.Objects;

/**
 * The thresholds of {@link SelfReportQuality}.
 *
 * @param minDescription the fewest characters a description has (after trimming spaces and end
 *     punctuation)
 * @param maxText the most characters of the place, the description or the measure
 * @param stopList answers that say nothing ("已整改", "有", "无", ...), refused as a description, place or
 *     measure; compared after trimming spaces and end punctuation. Digits only are always refused.
 */
public record QualityRules(int minDescription, int maxText, List<String> stopList) {

    /**
     * The project's own default minimum: 8 characters, enough for "二楼配电间灭火器过期" but not for
     * "灭火器坏了"; no source prescribes a length.
     */
    public static final int DEFAULT_MIN_DESCRIPTION = 8;

    /** The project's own default maximum of each text, so the case's description fits in its limit. */
    public static final int DEFAULT_MAX_TEXT = 500;

    /**
     * The project's own stop list: the answers that a self-report check in practice refuses as
     * empty ("已整改", "无", digits only are named by the district's complaint about copied or empty
     * reports; the rest are the same kind of answer).
     */
    public static final List<String> DEFAULT_STOP_LIST =
            List.of("已整改", "已处理", "已完成", "整改", "有", "无", "没有", "正常", "合格", "不合格", "好", "是", "否", "见附件");

    public QualityRules {
        if (minDescription < 1 || maxText < minDescription) {
            throw new IllegalArgumentException("minDescription must be at least 1 and at most maxText");
        }
        stopList = List.copyOf(Objects.requireNonNull(stopList, "stopList"));
    }

    /** The project's defaults. */
    public static QualityRules standard() {
        return new QualityRules(DEFAULT_MIN_DESCRIPTION, DEFAULT_MAX_TEXT, DEFAULT_STOP_LIST);
    }
}
