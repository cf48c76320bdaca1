package org.gridsafe.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.gridsafe.media.MediaHash;
import org.gridsafe.media.MediaLimits;
import org.gridsafe.media.MediaReference;
import org.gridsafe.testkit.MediaSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What only the file-system store has: its layout on disk, restarts, leftovers of interrupted puts, damage. */
class FileSystemMediaStoreTest {

    @TempDir
    Path dir;

    @Test
    void aFileIsKeptUnderItsHashAndSurvivesReopening() throws Exception {
        Path root = dir.resolve("media");
        byte[] photo = MediaSamples.jpeg(1);
        MediaReference ref =
                FileSystemMediaStore.open(root, MediaLimits.defaults()).put(photo);

        String hex = ref.hash().value();
        Path onDisk = root.resolve("objects")
                .resolve(hex.substring(0, 2))
                .resolve(hex.substring(2, 4))
                .resolve(hex);
        assertThat(onDisk).exists().hasBinaryContent(photo);

        FileSystemMediaStore reopened = FileSystemMediaStore.open(root, MediaLimits.defaults());
        assertThat(reopened.find(ref.hash())).contains(ref);
        assertThat(reopened.read(ref.hash()).orElseThrow()).isEqualTo(photo);
    }

    /** What a crash between writing and renaming leaves: a temporary file, which is never an object and is cleared at the next open. */
    @Test
    void partialWritesLeftByACrashNeverAppearAsObjectsAndAreClearedOnOpen() throws Exception {
        Path root = dir.resolve("media");
        FileSystemMediaStore store = FileSystemMediaStore.open(root, MediaLimits.defaults());
        byte[] photo = MediaSamples.jpeg(100_000, 2);
        Files.write(root.resolve("tmp").resolve("put-123.part"), Arrays.copyOf(photo, 40_000));
        Files.write(root.resolve("tmp").resolve("put-456.part"), new byte[0]);

        assertThat(store.find(MediaHash.of(photo))).isEmpty();

        FileSystemMediaStore reopened = FileSystemMediaStore.open(root, MediaLimits.defaults());
        assertThat(reopened.partFiles()).isEmpty();
        assertThat(FileSystemMediaStoreContractTest.countObjects(root)).isZero();
        assertThat(reopened.put(photo).size()).isEqualTo(100_000);
        assertThat(reopened.read(MediaHash.of(photo)).orElseThrow()).isEqualTo(photo);
    }

    @Test
    void aPutLeavesNoTemporaryFileBehind() throws Exception {
        FileSystemMediaStore store = FileSystemMediaStore.open(dir.resolve("media"), MediaLimits.defaults());
        store.put(MediaSamples.jpeg(3));
        store.put(MediaSamples.jpeg(3));
        assertThatThrownBy(() -> store.put(MediaSamples.text()));
        assertThat(store.partFiles()).isEmpty();
    }

    @Test
    void aFileAlteredOnDiskIsNeverServed() throws Exception {
        FileSystemMediaStore store = FileSystemMediaStore.open(dir.resolve("media"), MediaLimits.defaults());
        byte[] photo = MediaSamples.jpeg(4);
        MediaReference ref = store.put(photo);
        byte[] altered = photo.clone();
        altered[500] ^= 1;
        Files.write(store.pathOf(ref.hash()), altered);

        assertThatThrownBy(() -> store.read(ref.hash()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is damaged");
    }

    @Test
    void aRootThatIsAFileIsRefusedWithItsName() throws Exception {
        Path file = Files.writeString(dir.resolve("media"), "not a directory");
        assertThatThrownBy(() -> FileSystemMediaStore.open(file, MediaLimits.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("is a file");
    }
}
