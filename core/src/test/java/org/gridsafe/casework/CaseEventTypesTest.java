package org.gridsafe.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaseEventTypesTest {

    @Test
    void everyEventTypeHasOneStableNameAndItsFirstNameAsAnAlias() {
        assertThat(CaseEventTypes.all()).hasSize(CaseEvent.class.getPermittedSubclasses().length);
        assertThat(Set.<Class<?>>copyOf(CaseEventTypes.all()))
                .isEqualTo(Set.of(CaseEvent.class.getPermittedSubclasses()));
        Set<String> seen = new HashSet<>();
        for (Class<? extends CaseEvent> type : CaseEventTypes.all()) {
            String name = CaseEventTypes.nameOf(type);
            assertThat(name).matches("case\\.[a-z-]+");
            assertThat(seen.add(name)).as("%s used twice", name).isTrue();
            assertThat(CaseEventTypes.resolve(name)).contains(type);
            for (String alias : CaseEventTypes.aliasesOf(type)) {
                assertThat(seen.add(alias)).as("%s used twice", alias).isTrue();
                assertThat(CaseEventTypes.resolve(alias)).contains(type);
            }
        }
        assertThat(CaseEventTypes.resolve("CaseReported")).contains(CaseReported.class);
        assertThat(CaseEventTypes.resolve("case.unknown")).isEmpty();
        assertThat(new CaseRejected("重复").type()).isEqualTo("case.rejected");
    }

    /** The hash names are part of every stored hash: frozen, whatever the classes are called. */
    @Test
    void theHashNamesAreTheFirstReleasesNames() {
        assertThat(CaseEventTypes.all().stream().map(CaseEventTypes::hashName))
                .containsExactly(
                        "CaseReported",
                        "CaseRegistered",
                        "CaseRejected",
                        "CaseMerged",
                        "CaseDispatched",
                        "RectificationSubmitted",
                        "ExtensionRequested",
                        "ExtensionApproved",
                        "ExtensionDenied",
                        "VerificationPassed",
                        "VerificationFailed",
                        "CaseClosed",
                        "CaseEscalated",
                        // added with return (回退) and reassignment (改派): new names, no old hashes to keep
                        "CaseReturned",
                        "CaseReassigned",
                        // added when cases named the entity they concern
                        "CaseEntityChanged",
                        // added with suspension (缓办 / 挂账)
                        "CaseSuspended",
                        "CaseResumed",
                        // added with reopening on a complaint (投诉重办)
                        "CaseReopened",
                        // added with major-hazard criteria (重大事故隐患降级)
                        "MajorHazardDowngraded",
                        // added with changing the criterion link (变更重大事故隐患判定依据)
                        "MajorHazardCriterionChanged",
                        // added with moving the cases of removed grids (网格调整)
                        "CaseMovedToGrid",
                        // added with the duties of major hazards (令第16号, 安全生产法 art. 41)
                        "MajorHazardReportsDue",
                        "MajorHazardReportFiled",
                        "MajorHazardReportEscalated",
                        "ProductionStopped",
                        "ResumptionApplied",
                        "ResumptionApproved",
                        "ResumptionRefused");
        assertThat(Arrays.stream(CaseEvent.class.getPermittedSubclasses())
                        .map(Class::getSimpleName)
                        .toList())
                .as("today the class names still equal them; after a rename only this line changes")
                .containsExactlyInAnyOrderElementsOf(CaseEventTypes.all().stream()
                        .map(CaseEventTypes::hashName)
                        .toList());
    }

    /** The first shape of an event, and the same event after a component was added. */
    public record Before(String reason, List<String> attachments) {}

    public record After(
            String reason,
            List<String> attachments,
            @AddedComponent Optional<String> category,
            @AddedComponent List<String> tags) {}

    @Test
    void anOldEventReadIntoANewerShapeEncodesAsItWasStored() {
        String before = CanonicalEncoding.encode("envelope", new Before("重复", List.of()));
        String upcast = CanonicalEncoding.encode("envelope", new After("重复", List.of(), Optional.empty(), List.of()));
        assertThat(upcast.replace("After{", "Before{")).isEqualTo(before);
        // An existing component keeps its place even when empty; an added one counts once set.
        assertThat(before).contains("attachments=[]");
        String newer =
                CanonicalEncoding.encode("envelope", new After("重复", List.of(), Optional.of("误报"), List.of("t")));
        assertThat(newer).contains("category=?s2:误报;").contains("tags=[s1:t,]");
    }
}
