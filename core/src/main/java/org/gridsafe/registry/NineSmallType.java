package org.gridsafe.registry;

/**
 * The nine members of 九小场所, as the widely copied lists name them, and the flammable goods outlet
 * that the "十小" variants and the widely copied thresholds add.
 */
public enum NineSmallType {
    SMALL_SCHOOL("小学校或幼儿园", "small school or kindergarten"),
    SMALL_CLINIC("小医院", "small hospital or clinic"),
    SMALL_SHOP("小商店", "small shop"),
    SMALL_RESTAURANT("小餐饮场所", "small restaurant"),
    SMALL_HOTEL("小旅馆", "small hotel"),
    SMALL_ENTERTAINMENT("小歌舞娱乐场所", "small entertainment venue"),
    SMALL_INTERNET_CAFE("小网吧", "small internet café"),
    SMALL_BEAUTY_BATH("小美容洗浴场所", "small beauty or bath venue"),
    SMALL_WORKSHOP("小生产加工企业", "small workshop"),
    FLAMMABLE_GOODS_OUTLET("易燃易爆危险品销售储存场所", "flammable goods sales or storage point");

    private final String zhName;
    private final String enName;

    NineSmallType(String zhName, String enName) {
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
