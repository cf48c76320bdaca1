package org.gridsafe.entity;

/** How far down GB/T 4754-2017 an {@link IndustryCode} goes; registries often hold only the division. */
public enum IndustryCodeLevel {
    /** 大类: section letter + 2 digits, e.g. {@code C31}. */
    DIVISION(2),
    /** 中类: + 1 digit, e.g. {@code C311}. */
    GROUP(3),
    /** 小类: + 1 digit, e.g. {@code C3110}. */
    CLASS(4);

    private final int digits;

    IndustryCodeLevel(int digits) {
        this.digits = digits;
    }

    /** The number of digits after the section letter. */
    public int digits() {
        return digits;
    }
}
