package org.gridsafe.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.gridsafe.grid.Grid;
import org.gridsafe.grid.GridLevel;
import org.gridsafe.grid.GridTree;

/**
 * The 300 fictional enterprises of the demo district, generated deterministically (seed 4754, after
 * GB/T 4754), each in a micro-grid, with a GB/T 4754-2017 industry code.
 */
public final class DemoEnterprises {

    /** A few industries that keep grid staff busy: [code, 中文名, the word used in company names]. */
    static final String[][] INDUSTRIES = {
        {"C1711", "棉纺纱加工", "纺织"},
        {"C1431", "米、面制品制造", "食品"},
        {"C2641", "涂料制造", "涂料"},
        {"C3311", "金属结构制造", "钢构"},
        {"D4511", "天然气生产和供应业", "燃气"},
        {"E4711", "住宅房屋建筑", "建设"},
        {"F5212", "超级市场零售", "超市"},
        {"G5431", "普通货物道路运输", "物流"},
        {"H6210", "正餐服务", "餐饮"},
        {"G5960", "通用仓储", "仓储"}
    };

    private static final String[] SUFFIXES = {"有限公司", "股份有限公司", "厂", "商行", "合作社"};
    private static final String[] WORDS = {"恒", "达", "兴", "隆", "盛", "华", "信", "源", "丰", "顺", "泰", "安"};

    private DemoEnterprises() {}

    /** Every enterprise, in id order. */
    public static List<DemoEnterprise> all(GridTree grids) {
        List<Grid> micro = grids.grids().stream()
                .filter(g -> g.level() == GridLevel.MICRO)
                .sorted((a, b) -> a.code().compareTo(b.code()))
                .toList();
        SplittableRandom random = new SplittableRandom(4754);
        List<DemoEnterprise> enterprises = new ArrayList<>(300);
        for (int i = 1; i <= 300; i++) {
            String[] industry = INDUSTRIES[random.nextInt(INDUSTRIES.length)];
            Grid grid = micro.get(random.nextInt(micro.size()));
            String name = "示范区" + WORDS[random.nextInt(WORDS.length)] + WORDS[random.nextInt(WORDS.length)]
                    + industry[2] + SUFFIXES[random.nextInt(SUFFIXES.length)];
            enterprises.add(new DemoEnterprise(
                    String.format(Locale.ROOT, "91320599MA%08d", i), name, industry[0], industry[1], grid.code()));
        }
        return List.copyOf(enterprises);
    }
}
