package org.gridsafe.entity;

/**
 * The operation mode (经营方式) a hazardous-chemicals operation licence states: whether the holder
 * operates with its own storage facilities. The distinction comes from 危险化学品经营许可证管理办法
 * (原国家安全监管总局令第55号), which sets further conditions for a dealer with storage facilities, and
 * whether a holder must apply again depends on it (the measure's article numbers are not verified
 * here). Which licence types must state a mode is catalog data ({@link
 * LicenceType#storageModeRequired()}).
 */
public enum LicenceStorageMode {
    /** 带储存: operates with its own storage facilities. */
    WITH_STORAGE("带储存", "with storage"),
    /** 不带储存: trades without storage facilities (offices, documents only). */
    WITHOUT_STORAGE("不带储存", "without storage"),
    /** 仓储: storage operation as a warehousing business. */
    WAREHOUSING("仓储", "warehousing");

    private final String zhName;
    private final String enName;

    LicenceStorageMode(String zhName, String enName) {
        this.zhName = zhName;
        this.enName = enName;
    }

    /** The name in simplified Chinese. */
    public String zhName() {
        return zhName;
    }

    /** An English rendering. */
    public String enName() {
        return enName;
    }
}
