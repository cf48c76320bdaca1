package org.gridsafe.registry;

/** What a {@link NineSmallProfile} says of a place's measures: the kind of a {@link NineSmallVerdict}. */
public enum NineSmallOutcome {
    /** Every limit that applies holds: the place is a 九小场所 of its type. */
    WITHIN("在限值内", "within the thresholds"),
    /** A measure exceeds its limit (or the profile excludes the place): not a 九小场所 of its type. */
    OUTSIDE("超出限值", "above the thresholds"),
    /** Nothing exceeds, but a needed measure is not known. */
    NOT_DECIDABLE("无法判定", "not decidable"),
    /** The profile sets no limit for the type, or for this case of it. */
    NOT_COVERED("口径未涵盖", "not covered by the profile");

    private final String zhName;
    private final String enName;

    NineSmallOutcome(String zhName, String enName) {
        this.zhName = zhName;
        this.enName = enName;
    }

    /** Display name in simplified Chinese. */
    public String zhName() {
        return zhName;
    }

    /** Display name in English. */
    public String enName() {
        return enName;
    }
}
