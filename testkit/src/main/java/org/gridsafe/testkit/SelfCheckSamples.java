package org.gridsafe.testkit;

import static org.gridsafe.testkit.SampleDistrict.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridsafe.access.Actor;
import org.gridsafe.checklist.ChecklistAnswer;
import org.gridsafe.checklist.ChecklistCatalog;
import org.gridsafe.checklist.ChecklistRef;
import org.gridsafe.checklist.Verdict;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.media.MediaHash;
import org.gridsafe.media.MediaReference;
import org.gridsafe.media.MediaType;
import org.gridsafe.registry.EntityId;
import org.gridsafe.selfcheck.SelfCheckEvent;
import org.gridsafe.selfcheck.SelfCheckKind;
import org.gridsafe.selfcheck.SelfCheckPlan;
import org.gridsafe.selfcheck.SelfCheckPlanId;
import org.gridsafe.selfcheck.SelfReport;

/** Values for self-inspection tests: the two-part enterprise template, answers, good reports. */
public final class SelfCheckSamples {

    /** The shipped two-part enterprise template (基础管理类 + 现场类). */
    public static final ChecklistRef TWO_PART = new ChecklistRef("ENTERPRISE_TWO_PART", 1);

    /** Its item codes, in order. */
    public static final List<String> TWO_PART_ITEMS = ChecklistCatalog.shipped().require(TWO_PART).items().stream()
            .map(i -> i.code())
            .toList();

    /** The sample unit's id. */
    public static final EntityId UNIT = EntityId.of("PU-1");

    /** The monthly plan id of the sample unit. */
    public static final SelfCheckPlanId PLAN = SelfCheckPlanId.of("PU-1-MONTHLY");

    private SelfCheckSamples() {}

    /** The enterprise actor of {@code unit} (bound to the entity: its id is the enterprise id). */
    public static Actor enterpriseOf(EntityId unit) {
        return EntitySamples.enterpriseOf(unit);
    }

    /** A periodic plan of {@code entity}, every 30 days, on the two-part template. */
    public static SelfCheckPlan monthly(SelfCheckPlanId id, EntityId entity) {
        return new SelfCheckPlan(id, entity, SelfCheckKind.PERIODIC, Optional.of(30), TWO_PART, "每月综合自查");
    }

    /** Answers to every item of the two-part template: {@code failed} fail, the rest pass. */
    public static List<ChecklistAnswer> answers(String... failed) {
        List<String> f = List.of(failed);
        List<ChecklistAnswer> all = new ArrayList<>();
        for (String item : TWO_PART_ITEMS) {
            all.add(ChecklistAnswer.of(item, f.contains(item) ? Verdict.FAIL : Verdict.PASS));
        }
        return all;
    }

    /** A report that passes the quality check, for {@code item}. */
    public static SelfReport goodReport(String item) {
        return new SelfReport(
                item,
                "二号车间东侧配电箱",
                "配电箱门锁损坏，箱前堆放纸箱约两米高",
                "当日清理纸箱，三日内更换门锁并张贴警示标识",
                SafetyDomain.FIRE,
                PROTECTION_DEFECT,
                HazardGrade.GENERAL,
                List.of());
    }

    /** Good reports for each of {@code items}. */
    public static List<SelfReport> goodReports(String... items) {
        return java.util.Arrays.stream(items).map(SelfCheckSamples::goodReport).toList();
    }

    /** A photo reference (not backed by any store: for store tests only). */
    public static MediaReference photo(int seed) {
        return new MediaReference(
                MediaHash.of(MediaSamples.jpeg(seed)), MediaType.JPEG, MediaSamples.jpeg(seed).length);
    }

    /** A submission of {@code plan} by the sample unit in 金桥一号 failing {@code failed}. */
    public static SelfCheckEvent.Submitted submitted(EntityId entity, SelfCheckPlanId plan, String... failed) {
        return new SelfCheckEvent.Submitted(
                plan,
                entity,
                "金桥纺织有限公司",
                JINQIAO_MICRO_1,
                Optional.of(entity.value()),
                TWO_PART,
                Set.of("PRODUCTION_UNIT"),
                List.of("GONGMAO_TEXTILE"),
                answers(failed),
                goodReports(failed));
    }
}
