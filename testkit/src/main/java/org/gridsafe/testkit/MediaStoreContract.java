package org.gridsafe.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.gridsafe.media.MediaHash;
import org.gridsafe.media.MediaLimits;
import org.gridsafe.media.MediaReference;
import org.gridsafe.media.MediaRejectedException;
import org.gridsafe.media.MediaType;
import org.gridsafe.port.MediaStore;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MediaStore} must do. An adapter extends this class, makes a fresh, empty store
 * with the given limits in {@link #newStore(MediaLimits)} and counts its stored objects in
 * {@link #storedObjects()}.
 */
public abstract class MediaStoreContract {

    /** A fresh, empty store accepting what {@code limits} accept. */
    protected abstract MediaStore newStore(MediaLimits limits);

    /** How many files the store made last by {@link #newStore} holds (counted behind the port). */
    protected abstract long storedObjects();

    private MediaStore store() {
        return newStore(MediaLimits.defaults());
    }

    @Test
    void aFileIsStoredUnderTheSha256OfItsBytesWithTheTypeItsContentShows() {
        MediaStore media = store();
        byte[] photo = MediaSamples.jpeg(1);

        MediaReference ref = media.put(photo);

        assertThat(ref.hash()).isEqualTo(MediaHash.of(photo));
        assertThat(ref.type()).isEqualTo(MediaType.JPEG);
        assertThat(ref.size()).isEqualTo(photo.length);
        assertThat(media.find(ref.hash())).contains(ref);
        assertThat(media.read(ref.hash())).hasValueSatisfying(b -> assertThat(b).isEqualTo(photo));
        assertThat(storedObjects()).isEqualTo(1);
    }

    @Test
    void everyAcceptedTypeRoundTrips() {
        MediaStore media = store();
        List<byte[]> files = List.of(
                MediaSamples.jpeg(2),
                MediaSamples.png(2),
                MediaSamples.webp(2),
                MediaSamples.heic(2),
                MediaSamples.pdf(2));
        List<MediaType> expected =
                List.of(MediaType.JPEG, MediaType.PNG, MediaType.WEBP, MediaType.HEIC, MediaType.PDF);
        for (int i = 0; i < files.size(); i++) {
            MediaReference ref = media.put(files.get(i));
            assertThat(ref.type()).isEqualTo(expected.get(i));
            assertThat(media.find(ref.hash())).contains(ref);
            assertThat(media.read(ref.hash()).orElseThrow()).isEqualTo(files.get(i));
        }
        assertThat(storedObjects()).isEqualTo(files.size());
    }

    @Test
    void theSameBytesTwiceAreOneObject() {
        MediaStore media = store();
        byte[] photo = MediaSamples.jpeg(3);

        MediaReference first = media.put(photo);
        MediaReference second = media.put(photo.clone());

        assertThat(second).isEqualTo(first);
        assertThat(storedObjects()).isEqualTo(1);
    }

    @Test
    void theSameBytesFromManyThreadsAtOnceAreOneObject() throws Exception {
        MediaStore media = store();
        byte[] photo = MediaSamples.jpeg(200_000, 4);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<MediaReference>> puts = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                puts.add(() -> media.put(photo.clone()));
            }
            Set<MediaReference> refs = new HashSet<>();
            for (Future<MediaReference> f : pool.invokeAll(puts)) {
                refs.add(f.get());
            }
            assertThat(refs).hasSize(1);
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(storedObjects()).isEqualTo(1);
        assertThat(media.read(MediaHash.of(photo)).orElseThrow()).isEqualTo(photo);
    }

    @Test
    void theStoredBytesDoNotChangeWithTheCallersArrays() {
        MediaStore media = store();
        byte[] photo = MediaSamples.jpeg(5);
        byte[] original = photo.clone();
        MediaReference ref = media.put(photo);

        photo[100] ^= 0x55;
        media.read(ref.hash()).orElseThrow()[200] ^= 0x55;

        assertThat(media.read(ref.hash()).orElseThrow()).isEqualTo(original);
    }

    @Test
    void anUnknownHashIsNotFound() {
        MediaStore media = store();
        media.put(MediaSamples.jpeg(6));
        MediaHash unknown = MediaHash.of(MediaSamples.jpeg(7));

        assertThat(media.find(unknown)).isEmpty();
        assertThat(media.read(unknown)).isEmpty();
    }

    @Test
    void theTypeIsReadFromTheContentSoAnExecutableOrTextIsRefusedAndNothingIsStored() {
        MediaStore media = store();

        assertThatThrownBy(() -> media.put(MediaSamples.executable(8)))
                .isInstanceOfSatisfying(
                        MediaRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(MediaRejectedException.Reason.UNRECOGNISED_TYPE))
                .hasMessageContaining("not from the name");
        assertThatThrownBy(() -> media.put(MediaSamples.text()))
                .isInstanceOfSatisfying(
                        MediaRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(MediaRejectedException.Reason.UNRECOGNISED_TYPE));
        assertThatThrownBy(() -> media.put(new byte[0]))
                .isInstanceOfSatisfying(
                        MediaRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(MediaRejectedException.Reason.EMPTY));
        assertThat(storedObjects()).isZero();
    }

    @Test
    void aRecognisedTypeTheLimitsLeaveOutIsRefused() {
        MediaStore media = store();

        assertThatThrownBy(() -> media.put(MediaSamples.mp4(9)))
                .isInstanceOfSatisfying(
                        MediaRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(MediaRejectedException.Reason.TYPE_NOT_ACCEPTED))
                .hasMessageContaining("video/mp4");
        assertThat(storedObjects()).isZero();
    }

    @Test
    void theLimitsAreConfigurationSizeAndTypes() {
        MediaStore media = newStore(
                MediaLimits.defaults().withMaxBytes(4096).withAcceptedTypes(Set.of(MediaType.JPEG, MediaType.MP4)));
        assertThat(media.limits().maxBytes()).isEqualTo(4096);

        assertThat(media.put(MediaSamples.jpeg(4096, 10)).size()).isEqualTo(4096);
        assertThat(media.put(MediaSamples.mp4(10)).type()).isEqualTo(MediaType.MP4);
        assertThatThrownBy(() -> media.put(MediaSamples.jpeg(4097, 11)))
                .isInstanceOfSatisfying(
                        MediaRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(MediaRejectedException.Reason.TOO_LARGE))
                .hasMessageContaining("4097 bytes; at most 4096");
        assertThatThrownBy(() -> media.put(MediaSamples.png(12)))
                .isInstanceOfSatisfying(
                        MediaRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(MediaRejectedException.Reason.TYPE_NOT_ACCEPTED));
        assertThat(storedObjects()).isEqualTo(2);
    }
}
