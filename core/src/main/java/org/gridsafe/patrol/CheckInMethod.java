package org.gridsafe.patrol;

/** How a patroller proves presence at the premises. */
public enum CheckInMethod {
    /** The terminal's position. */
    GPS("定位签到"),
    /** A QR code posted at the premises (扫码签到). */
    QR_AT_PREMISES("扫码签到"),
    /** A photo of the premises, reviewed later (no position available). */
    PHOTO_REVIEW("拍照签到待复核");

    private final String zhName;

    CheckInMethod(String zhName) {
        this.zhName = zhName;
    }

    /** Display name in simplified Chinese. */
    public String zhName() {
        return zhName;
    }
}
