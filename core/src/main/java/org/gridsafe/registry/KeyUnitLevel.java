package org.gridsafe.registry;

/** The government tier that lists a unit as a key unit (重点单位); a unit may be listed by several. */
public enum KeyUnitLevel {
    TOWN("镇(街)级重点", "town key unit"),
    DISTRICT("区级重点", "district key unit"),
    CITY("市级重点", "city key unit"),
    PROVINCE("省级重点", "province key unit");

    private final String zhName;
    private final String enName;

    KeyUnitLevel(String zhName, String enName) {
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
