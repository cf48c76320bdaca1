package org.gridsafe.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.gridsafe.testkit.MediaSamples;
import org.junit.jupiter.api.Test;

class MediaValuesTest {

    @Test
    void theHashIsTheSha256OfTheBytesInLowerCaseHex() {
        // The SHA-256 of "abc" (FIPS 180-2, appendix B.1).
        assertThat(MediaHash.of("abc".getBytes(StandardCharsets.US_ASCII)).value())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(MediaHash.parse("BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD"))
                .isEqualTo(MediaHash.of("abc".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void aHashIsSixtyFourHexDigits() {
        assertThatThrownBy(() -> MediaHash.parse("abc")).hasMessageContaining("64 hex digits");
        assertThatThrownBy(() -> MediaHash.parse("g".repeat(64))).hasMessageContaining("64 hex digits");
        assertThatThrownBy(() -> MediaHash.parse(null)).hasMessageContaining("required");
    }

    @Test
    void typesAreRecognisedByTheirFirstBytes() {
        assertThat(MediaType.detect(MediaSamples.jpeg(1))).contains(MediaType.JPEG);
        assertThat(MediaType.detect(MediaSamples.png(1))).contains(MediaType.PNG);
        assertThat(MediaType.detect(MediaSamples.webp(1))).contains(MediaType.WEBP);
        assertThat(MediaType.detect(MediaSamples.heic(1))).contains(MediaType.HEIC);
        assertThat(MediaType.detect(MediaSamples.pdf(1))).contains(MediaType.PDF);
        assertThat(MediaType.detect(MediaSamples.mp4(1))).contains(MediaType.MP4);
        assertThat(MediaType.detect(MediaSamples.executable(1))).isEmpty();
        assertThat(MediaType.detect(MediaSamples.text())).isEmpty();
        assertThat(MediaType.detect(new byte[] {(byte) 0xFF, (byte) 0xD8})).isEmpty();
        assertThat(MediaType.detect(new byte[0])).isEmpty();
    }

    @Test
    void aTruncatedMagicNumberIsNeverTakenForItsType() {
        byte[] jpeg = MediaSamples.jpeg(1);
        for (int n = 0; n < 3; n++) {
            assertThat(MediaType.detect(Arrays.copyOf(jpeg, n))).isEmpty();
        }
    }

    /** Any bytes: detection never fails and reads no more than the first 16; the hash is stable and parses back. */
    @Test
    void detectionAndHashingHoldForAnyBytes() {
        qt().forAll(integers().between(0, 300), longs().all()).checkAssert((size, seed) -> {
            byte[] bytes = new byte[size];
            new Random(seed).nextBytes(bytes);
            var type = MediaType.detect(bytes);
            byte[] changedTail = bytes.clone();
            for (int i = MediaType.SNIFF_BYTES; i < changedTail.length; i++) {
                changedTail[i] ^= 0x5A;
            }
            assertThat(MediaType.detect(changedTail)).isEqualTo(type);
            MediaHash hash = MediaHash.of(bytes);
            assertThat(MediaHash.parse(hash.value())).isEqualTo(hash);
            assertThat(hash.value()).hasSize(64);
        });
    }

    @Test
    void limitsAreCheckedWhenBuilt() {
        assertThatThrownBy(() -> MediaLimits.defaults().withMaxBytes(0)).hasMessageContaining("maxBytes");
        assertThatThrownBy(() -> MediaLimits.defaults().withAcceptedTypes(java.util.Set.of()))
                .hasMessageContaining("at least one");
        assertThat(MediaLimits.defaults().maxBytes()).isEqualTo(10L * 1024 * 1024);
        assertThat(MediaLimits.defaults().acceptedTypes()).doesNotContain(MediaType.MP4);
    }

    @Test
    void namedFindsTypesByMimeTypeOrConstant() {
        assertThat(MediaType.named("image/jpeg")).contains(MediaType.JPEG);
        assertThat(MediaType.named("PDF")).contains(MediaType.PDF);
        assertThat(MediaType.named("text/plain")).isEmpty();
    }
}
