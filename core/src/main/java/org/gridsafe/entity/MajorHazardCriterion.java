package org.gridsafe.entity;

import java.util.Optional;

/**
 * One item of a major-hazard criteria article: a situation that is a major accident hazard
 * (重大事故隐患). Items whose text has not been transcribed from a reliable source are kept as
 * slots with an empty text, so counts and links stay right and no text is invented.
 *
 * @param standardId the standard
 * @param article the article number
 * @param item the item number within the article, from 1 (（一） is 1)
 * @param criterionClass the article's class
 * @param text the item's text, if transcribed
 * @param verbatim whether the text is the official wording (false for a gist)
 * @param provenance where the text comes from (or, for a slot, where the count comes from)
 */
public record MajorHazardCriterion(
        String standardId,
        int article,
        int item,
        CriterionClass criterionClass,
        Optional<String> text,
        boolean verbatim,
        Provenance provenance) {

    private static final String NUMERALS = "一二三四五六七八九十";

    /** Checks every field. */
    public MajorHazardCriterion {
        Checks.requireId(standardId, "standardId");
        Checks.requireNonNull(criterionClass, "criterionClass");
        Checks.requireNonNull(text, "text");
        Checks.requireNonNull(provenance, "provenance");
        text.ifPresent(t -> Checks.requireText(t, "text", 2000));
        if (article < 1 || item < 1) {
            throw new InvalidEntityValueException(
                    "item", "article and item numbers start at 1; got " + article + "." + item);
        }
        if (text.isEmpty() && verbatim) {
            throw new InvalidEntityValueException("verbatim", "an untranscribed item cannot be verbatim");
        }
    }

    /** Whether the text has been transcribed. */
    public boolean isTranscribed() {
        return text.isPresent();
    }

    /** A stable key, e.g. {@code MEM_ORDER_10_2023:3.1}. */
    public String key() {
        return standardId + ":" + article + "." + item;
    }

    /** The citation in Chinese, e.g. {@code 第3条（一）}. */
    public String citation() {
        return "第" + article + "条（" + chineseNumeral(item) + "）";
    }

    private static String chineseNumeral(int n) {
        if (n <= 10) {
            return String.valueOf(NUMERALS.charAt(n - 1));
        }
        if (n < 20) {
            return "十" + NUMERALS.charAt(n - 11);
        }
        String tens = (n / 10 == 1 ? "" : String.valueOf(NUMERALS.charAt(n / 10 - 1))) + "十";
        return n % 10 == 0 ? tens : tens + NUMERALS.charAt(n % 10 - 1);
    }

    @Override
    public String toString() {
        return key() + (text.isPresent() ? " " + text.get() : " (not transcribed)");
    }
}
