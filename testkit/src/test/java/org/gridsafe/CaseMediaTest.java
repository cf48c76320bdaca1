package org.gridsafe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.util.List;
import org.gridsafe.access.Actor;
import org.gridsafe.casework.AccessDeniedException;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseAudit;
import org.gridsafe.casework.CaseNotFoundException;
import org.gridsafe.casework.CaseReported;
import org.gridsafe.casework.CaseSource;
import org.gridsafe.casework.Dispatch;
import org.gridsafe.casework.InvalidCommandException;
import org.gridsafe.casework.RecordedEvent;
import org.gridsafe.casework.RectificationSubmitted;
import org.gridsafe.casework.Register;
import org.gridsafe.casework.Report;
import org.gridsafe.casework.ReportFixedOnSpot;
import org.gridsafe.casework.SubmitRectification;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.media.MediaHash;
import org.gridsafe.media.MediaReference;
import org.gridsafe.media.MediaType;
import org.gridsafe.memory.InMemoryMediaStore;
import org.gridsafe.testkit.MediaSamples;
import org.junit.jupiter.api.Test;

/** Evidence files in the loop: events refer to stored files by hash, the chain covers them, reads follow case access. */
class CaseMediaTest {

    private final InMemoryMediaStore media = new InMemoryMediaStore();
    private final GridSafe gridSafe = GridSafe.builder()
            .directory(directory())
            .clock(mondayMorning())
            .mediaStore(media)
            .build();
    private final Casework casework = gridSafe.casework();

    private Report.Builder report() {
        return Report.builder()
                .source(CaseSource.GRID_PATROL)
                .location(POINT_IN_JINQIAO_MICRO_1)
                .domain(SafetyDomain.FIRE)
                .hazard(PROTECTION_DEFECT)
                .grade(HazardGrade.GENERAL)
                .description("消防通道堆放杂物");
    }

    private Case rectifiedWith(MediaReference before, MediaReference after) {
        Case c = casework.report(jinqiaoGridManager(), report().media(before).build());
        c = casework.register(
                jinqiaoCommandCenter(), Register.of(c.id()).expectedVersion(1).build());
        c = casework.dispatch(
                jinqiaoCommandCenter(), Dispatch.of(c.id()).expectedVersion(2).build());
        return casework.submitRectification(
                fireOfficer(),
                SubmitRectification.of(c.id())
                        .expectedVersion(3)
                        .evidence("杂物已清理")
                        .media(after)
                        .build());
    }

    @Test
    void photosBeforeAndAfterAreInTheLogAndTheHashChainCoversThem() {
        MediaReference before = media.put(MediaSamples.jpeg(1));
        MediaReference after = media.put(MediaSamples.jpeg(2));
        Case c = rectifiedWith(before, after);

        List<RecordedEvent> log = casework.history(jinqiaoCommandCenter(), c.id());
        assertThat(((CaseReported) log.get(0).event()).media()).containsExactly(before);
        assertThat(((RectificationSubmitted) log.get(3).event()).media()).containsExactly(after);
        assertThat(CaseAudit.verify(log).intact()).isTrue();

        // Swapping the evidence for other bytes, or only claiming another size, breaks the chain.
        RecordedEvent rectified = log.get(3);
        RectificationSubmitted original = (RectificationSubmitted) rectified.event();
        for (MediaReference forged : List.of(
                new MediaReference(MediaHash.of(MediaSamples.jpeg(3)), after.type(), after.size()),
                new MediaReference(after.hash(), after.type(), after.size() + 1),
                new MediaReference(after.hash(), MediaType.PNG, after.size()))) {
            RecordedEvent altered = new RecordedEvent(
                    rectified.caseId(),
                    rectified.version(),
                    rectified.at(),
                    rectified.actorId(),
                    new RectificationSubmitted(
                            original.evidence(), original.attachments(), original.verifyDeadline(), List.of(forged)),
                    rectified.previousHash(),
                    rectified.hash());
            List<RecordedEvent> tampered = new java.util.ArrayList<>(log);
            tampered.set(3, altered);
            assertThat(CaseAudit.verify(tampered).firstBrokenVersion()).contains(4L);
        }
        // And so does dropping it: an event without media hashes as one stored before media existed.
        RecordedEvent dropped = new RecordedEvent(
                rectified.caseId(),
                rectified.version(),
                rectified.at(),
                rectified.actorId(),
                new RectificationSubmitted(original.evidence(), original.attachments(), original.verifyDeadline()),
                rectified.previousHash(),
                rectified.hash());
        List<RecordedEvent> withoutMedia = new java.util.ArrayList<>(log);
        withoutMedia.set(3, dropped);
        assertThat(CaseAudit.verify(withoutMedia).intact()).isFalse();
    }

    @Test
    void aReferenceToAFileThatIsNotStoredIsRefusedAndNothingIsWritten() {
        MediaReference neverUploaded = new MediaReference(MediaHash.of(MediaSamples.jpeg(9)), MediaType.JPEG, 2048);

        assertThatThrownBy(() -> casework.report(
                        jinqiaoGridManager(), report().media(neverUploaded).build()))
                .isInstanceOfSatisfying(
                        InvalidCommandException.class,
                        e -> assertThat(e.rejection().fieldErrors())
                                .singleElement()
                                .satisfies(f -> {
                                    assertThat(f.field()).isEqualTo("media[0]");
                                    assertThat(f.message()).contains("is stored; upload it first");
                                }));
        assertThat(gridSafe.caseQueries()
                        .find(org.gridsafe.port.CaseQuery.all())
                        .cases())
                .isEmpty();
    }

    @Test
    void aReferenceThatMisstatesTheStoredSizeOrTypeIsRefused() {
        MediaReference stored = media.put(MediaSamples.jpeg(4));
        MediaReference wrongSize = new MediaReference(stored.hash(), stored.type(), stored.size() + 10);
        Case c = casework.report(jinqiaoGridManager(), report().build());
        c = casework.register(
                jinqiaoCommandCenter(), Register.of(c.id()).expectedVersion(1).build());
        Case dispatched = casework.dispatch(
                jinqiaoCommandCenter(), Dispatch.of(c.id()).expectedVersion(2).build());

        assertThatThrownBy(() -> casework.submitRectification(
                        fireOfficer(),
                        SubmitRectification.of(dispatched.id())
                                .expectedVersion(3)
                                .evidence("已清理")
                                .media(wrongSize)
                                .build()))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("media[0]")
                .hasMessageContaining("is stored as image/jpeg of 2048 bytes");
        assertThat(casework.get(jinqiaoCommandCenter(), dispatched.id()).version())
                .isEqualTo(3);
    }

    @Test
    void aFixedOnTheSpotReportChecksBothItsReportAndItsResult() {
        MediaReference before = media.put(MediaSamples.jpeg(5));
        MediaReference missing = new MediaReference(MediaHash.of(MediaSamples.png(5)), MediaType.PNG, 1024);

        assertThatThrownBy(() -> casework.reportFixedOnSpot(
                        jinqiaoGridManager(),
                        ReportFixedOnSpot.of(report().media(before).build())
                                .evidence("当场挪走")
                                .evidenceMedia(missing)
                                .build()))
                .isInstanceOfSatisfying(
                        InvalidCommandException.class,
                        e -> assertThat(e.rejection().fieldErrors())
                                .extracting(f -> f.field())
                                .containsExactly("evidenceMedia[0]"));

        MediaReference after = media.put(MediaSamples.png(5));
        Case closed = casework.reportFixedOnSpot(
                jinqiaoGridManager(),
                ReportFixedOnSpot.of(report().media(before).build())
                        .evidence("当场挪走")
                        .evidenceMedia(after)
                        .build());
        assertThat(casework.media(jinqiaoCommandCenter(), closed.id()))
                .extracting(CaseMedia::eventType, CaseMedia::reference)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("case.reported", before),
                        org.assertj.core.groups.Tuple.tuple("case.rectification-submitted", after));
    }

    @Test
    void whoMayReadTheCaseSeesItsEvidenceACitizenOnlyThePhotosOfTheirOwnReport() {
        Actor citizen = citizen();
        MediaReference citizensPhoto = media.put(MediaSamples.jpeg(6));
        Case c = casework.report(
                citizen,
                report().source(CaseSource.PUBLIC_REPORT).media(citizensPhoto).build());
        c = casework.register(
                jinqiaoCommandCenter(), Register.of(c.id()).expectedVersion(1).build());
        c = casework.dispatch(
                jinqiaoCommandCenter(), Dispatch.of(c.id()).expectedVersion(2).build());
        MediaReference result = media.put(MediaSamples.jpeg(7));
        casework.submitRectification(
                fireOfficer(),
                SubmitRectification.of(c.id())
                        .expectedVersion(3)
                        .evidence("已清理")
                        .media(result)
                        .build());
        var id = c.id();

        assertThat(casework.media(jinqiaoCommandCenter(), id)).hasSize(2);
        assertThat(casework.mediaContent(fireOfficer(), id, result.hash())).isEqualTo(MediaSamples.jpeg(7));
        assertThat(casework.media(citizen, id)).extracting(CaseMedia::reference).containsExactly(citizensPhoto);
        assertThat(casework.mediaContent(citizen, id, citizensPhoto.hash())).isEqualTo(MediaSamples.jpeg(6));
        assertThatThrownBy(() -> casework.mediaContent(citizen, id, result.hash()))
                .isInstanceOf(CaseNotFoundException.class);
        assertThatThrownBy(() -> casework.media(otherCitizen(), id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> casework.mediaContent(shihuGridManager(), id, citizensPhoto.hash()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aStoredFileTheCaseDoesNotReferToIsNotFoundThroughTheCase() {
        MediaReference before = media.put(MediaSamples.jpeg(1));
        MediaReference after = media.put(MediaSamples.jpeg(2));
        Case c = rectifiedWith(before, after);
        MediaReference unrelated = media.put(MediaSamples.pdf(8));

        assertThatThrownBy(() -> casework.mediaContent(jinqiaoCommandCenter(), c.id(), unrelated.hash()))
                .isInstanceOf(CaseNotFoundException.class)
                .hasMessageContaining("has no evidence file");
    }

    @Test
    void theVerifiersPhotosFromTheSiteAreInTheLogAndChecked() {
        MediaReference before = media.put(MediaSamples.jpeg(1));
        MediaReference after = media.put(MediaSamples.jpeg(2));
        Case rectified = rectifiedWith(before, after);
        MediaReference missing = new MediaReference(MediaHash.of(MediaSamples.webp(9)), MediaType.WEBP, 900);

        assertThatThrownBy(() -> casework.verify(
                        jinqiaoGridManager(),
                        org.gridsafe.casework.Verify.of(rectified.id())
                                .expectedVersion(4)
                                .passed(false)
                                .remarks("仍有堆放")
                                .media(missing)
                                .build()))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("media[0]");

        MediaReference site = media.put(MediaSamples.webp(9));
        casework.verify(
                jinqiaoGridManager(),
                org.gridsafe.casework.Verify.of(rectified.id())
                        .expectedVersion(4)
                        .passed(false)
                        .remarks("仍有堆放")
                        .media(site)
                        .build());
        List<RecordedEvent> log = casework.history(jinqiaoCommandCenter(), rectified.id());
        assertThat(((org.gridsafe.casework.VerificationFailed) log.get(4).event()).media())
                .containsExactly(site);
        assertThat(CaseAudit.verify(log).intact()).isTrue();
        assertThat(casework.media(jinqiaoCommandCenter(), rectified.id()))
                .extracting(CaseMedia::eventType)
                .containsExactly("case.reported", "case.rectification-submitted", "case.verification-failed");
    }
}
