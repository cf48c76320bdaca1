package org.gridsafe.casework;

/** How much production a major hazard stops (令第16号: 全部或者局部停产停业). */
public enum ProductionStopScope {
    /** 全部停产停业. */
    WHOLE("全部停产停业", "whole"),
    /** 局部停产停业: the part the hazard concerns. */
    PART("局部停产停业", "in part");

    private final String zhName;
    private final String enName;

    ProductionStopScope(String zhName, String enName) {
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
