package org.gridsafe.patrol;

/** Why a check-in needs a second look. A flag never refuses a check-in: it is kept for review. */
public enum CheckInFlag {
    /** Farther from the premises than {@link PatrolRules#farFromPremisesMeters()}. */
    FAR_FROM_PREMISES("距离场所过远"),
    /** The position's accuracy is worse than {@link PatrolRules#poorAccuracyMeters()}. */
    POOR_ACCURACY("定位精度不足"),
    /** No position was given. */
    NO_POSITION("无定位"),
    /** The QR code scanned is not the premises' code. */
    QR_MISMATCH("二维码不符"),
    /** Checked in by photo; someone must review it. */
    PHOTO_TO_REVIEW("照片待复核"),
    /** Checked in outside the occurrence's window. */
    OUTSIDE_WINDOW("不在巡查时段内");

    private final String zhName;

    CheckInFlag(String zhName) {
        this.zhName = zhName;
    }

    /** Display name in simplified Chinese. */
    public String zhName() {
        return zhName;
    }
}
