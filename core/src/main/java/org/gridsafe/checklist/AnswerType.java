package org.gridsafe.checklist;

/** How a checklist item is answered. */
public enum AnswerType {
    /** 合格 / 不合格 / 不适用. */
    PASS_FAIL_NA("合格/不合格/不适用", "pass, fail or n.a."),
    /** A number (a count, a measurement). */
    NUMBER("数值", "number"),
    /** Free text. */
    TEXT("文字", "text"),
    /** One or more photos. */
    PHOTO("照片", "photo");

    private final String zhName;
    private final String enName;

    AnswerType(String zhName, String enName) {
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
