package org.gridsafe.entity;

/**
 * The administrative tier of the authority that issued a licence (发证机关层级). Which tier issues
 * which licence depends on the licence and the province, so it is recorded as stated, never derived
 * from the issuer's name or the licence type.
 */
public enum LicenceIssuerTier {
    /** 省级: a provincial authority. */
    PROVINCE("省级", "province"),
    /** 市级: a city (设区的市) authority. */
    CITY("市级", "city"),
    /** 县级: a county or district authority. */
    COUNTY("县级", "county");

    private final String zhName;
    private final String enName;

    LicenceIssuerTier(String zhName, String enName) {
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
