package org.gridsafe.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gridsafe.access.Action;
import org.gridsafe.media.MediaReference;

/**
 * 立查立改: a general hazard that grid staff fixed on the spot. It still runs all six steps, at
 * once and with the same evidence, so statistics stay honest.
 *
 * <pre>{@code
 * ReportFixedOnSpot.of(report).evidence("当场挪走货物，通道已畅通").evidenceAttachment("photo:after").build()
 * }</pre>
 *
 * @param report the report, as for any case; its grade must be general
 * @param evidence what was done on the spot
 * @param evidenceAttachments photos of the result
 * @param evidenceMedia photos and files of the result already in the {@code MediaStore}; each must be stored
 */
public record ReportFixedOnSpot(
        Report report, String evidence, List<String> evidenceAttachments, List<MediaReference> evidenceMedia)
        implements CaseCommand {

    /** A fixed-on-the-spot report without stored media of the result. */
    public ReportFixedOnSpot(Report report, String evidence, List<String> evidenceAttachments) {
        this(report, evidence, evidenceAttachments, List.of());
    }

    public ReportFixedOnSpot {
        evidenceAttachments = evidenceAttachments == null ? List.of() : List.copyOf(evidenceAttachments);
        evidenceMedia = evidenceMedia == null ? List.of() : List.copyOf(evidenceMedia);
    }

    @Override
    public Action action() {
        return Action.REPORT_FIXED_ON_SPOT;
    }

    /** A builder for the fixed-on-the-spot case of {@code report}. */
    public static Builder of(Report report) {
        return new Builder(Objects.requireNonNull(report, "report"));
    }

    /** Builds a {@link ReportFixedOnSpot}; a required part left unset is reported by the decider. */
    public static final class Builder {
        private final Report report;
        private String evidence;
        private final List<String> evidenceAttachments = new ArrayList<>();
        private final List<MediaReference> evidenceMedia = new ArrayList<>();

        private Builder(Report report) {
            this.report = report;
        }

        /** Sets what was done on the spot. */
        public Builder evidence(String evidence) {
            this.evidence = evidence;
            return this;
        }

        /** Adds a photo of the result. */
        public Builder evidenceAttachment(String reference) {
            this.evidenceAttachments.add(reference);
            return this;
        }

        /** Adds all of {@code references} to the photos of the result. */
        public Builder evidenceAttachments(List<String> references) {
            if (references != null) {
                this.evidenceAttachments.addAll(references);
            }
            return this;
        }

        /** Adds a photo or file of the result from the {@code MediaStore}. */
        public Builder evidenceMedia(MediaReference reference) {
            this.evidenceMedia.add(reference);
            return this;
        }

        public ReportFixedOnSpot build() {
            return new ReportFixedOnSpot(report, evidence, evidenceAttachments, evidenceMedia);
        }
    }
}
