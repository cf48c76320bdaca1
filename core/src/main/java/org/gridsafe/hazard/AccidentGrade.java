package org.gridsafe.hazard;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The grade of a production safety accident (生产安全事故等级), per 生产安全事故报告和调查处理条例
 * (国务院令第493号).
 *
 * <p>Three measures decide it: deaths, serious injuries (重伤) and direct economic loss. Each measure falls in a band, and <b>the highest band any
 * measure reaches decides</b> the grade:
 *
 * <table>
 *   <caption>Bands (both ends inclusive)</caption>
 *   <tr><th>grade</th><th>deaths</th><th>serious injuries</th><th>direct loss (yuan)</th></tr>
 *   <tr><td>特别重大</td><td>≥ 30</td><td>≥ 100</td><td>≥ 100,000,000 (1亿)</td></tr>
 *   <tr><td>重大</td><td>10-29</td><td>50-99</td><td>50,000,000-99,999,999 (5000万-1亿)</td></tr>
 *   <tr><td>较大</td><td>3-9</td><td>10-49</td><td>10,000,000-49,999,999 (1000万-5000万)</td></tr>
 *   <tr><td>一般</td><td>&lt; 3</td><td>&lt; 10</td><td>&lt; 10,000,000 (1000万)</td></tr>
 * </table>
 *
 * The thresholds are the lower bounds of each band ({@link #minDeaths()}, {@link
 * #minSeriousInjuries()}, {@link #minDirectLossYuan()}); {@link #of} applies them. Source: the
 * regulation as reprinted (the band table); the reporting chain per grade as
 * quoted at 100thplant.com (SECONDARY).
 *
 * <pre>{@code
 * AccidentGrade.of(2, 12, BigDecimal.ZERO);                  // LARGER: 12 serious injuries reach 较大
 * AccidentGrade.of(0, 0, new BigDecimal("120000000"));       // ESPECIALLY_MAJOR: loss ≥ 1亿
 * }</pre>
 */
public enum AccidentGrade {
    /** 一般事故: below every 较大 threshold. */
    ORDINARY("一般事故", "ordinary accident", 0, 0, "0", "设区的市"),
    /** 较大事故: 3-9 deaths, or 10-49 serious injuries, or 1000万-5000万 yuan direct loss. */
    LARGER("较大事故", "larger accident", 3, 10, "10000000", "省、自治区、直辖市"),
    /** 重大事故: 10-29 deaths, or 50-99 serious injuries, or 5000万-1亿 yuan direct loss. */
    MAJOR("重大事故", "major accident", 10, 50, "50000000", "国务院"),
    /** 特别重大事故: ≥ 30 deaths, or ≥ 100 serious injuries, or ≥ 1亿 yuan direct loss. */
    ESPECIALLY_MAJOR("特别重大事故", "especially major accident", 30, 100, "100000000", "国务院");

    private final String zhName;
    private final String enName;
    private final int minDeaths;
    private final int minSeriousInjuries;
    private final BigDecimal minDirectLossYuan;
    private final String reportedUpTo;

    AccidentGrade(
            String zhName,
            String enName,
            int minDeaths,
            int minSeriousInjuries,
            String minDirectLossYuan,
            String reportedUpTo) {
        this.zhName = zhName;
        this.enName = enName;
        this.minDeaths = minDeaths;
        this.minSeriousInjuries = minSeriousInjuries;
        this.minDirectLossYuan = new BigDecimal(minDirectLossYuan);
        this.reportedUpTo = reportedUpTo;
    }

    /**
     * The grade of an accident with these measures: the highest grade whose threshold any one
     * measure reaches.
     *
     * @throws IllegalArgumentException if a measure is negative
     */
    public static AccidentGrade of(long deaths, long seriousInjuries, BigDecimal directLossYuan) {
        Objects.requireNonNull(directLossYuan, "directLossYuan");
        if (deaths < 0 || seriousInjuries < 0 || directLossYuan.signum() < 0) {
            throw new IllegalArgumentException("accident measures cannot be negative: deaths " + deaths
                    + ", serious injuries " + seriousInjuries + ", direct loss " + directLossYuan);
        }
        AccidentGrade[] grades = values();
        for (int i = grades.length - 1; i > 0; i--) {
            AccidentGrade g = grades[i];
            if (deaths >= g.minDeaths
                    || seriousInjuries >= g.minSeriousInjuries
                    || directLossYuan.compareTo(g.minDirectLossYuan) >= 0) {
                return g;
            }
        }
        return ORDINARY;
    }

    /** Whether this grade is {@code other} or worse. */
    public boolean isAtLeast(AccidentGrade other) {
        return compareTo(other) >= 0;
    }

    /** Display name in simplified Chinese, e.g. 较大事故. */
    public String zhName() {
        return zhName;
    }

    /** Display name in English. */
    public String enName() {
        return enName;
    }

    /** The fewest deaths that make an accident this grade (0 for {@link #ORDINARY}). */
    public int minDeaths() {
        return minDeaths;
    }

    /** The fewest serious injuries that make an accident this grade (0 for {@link #ORDINARY}). */
    public int minSeriousInjuries() {
        return minSeriousInjuries;
    }

    /** The smallest direct economic loss, in yuan, that makes an accident this grade. */
    public BigDecimal minDirectLossYuan() {
        return minDirectLossYuan;
    }

    /**
     * The government level whose safety supervision department and departments concerned are
     * the last to receive the report, level by level (493号令): 设区的市 for 一般,
     * 省、自治区、直辖市 for 较大, 国务院 for 重大 and 特别重大.
     */
    public String reportedUpTo() {
        return reportedUpTo;
    }
}
