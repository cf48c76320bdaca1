package org.gridsafe.examples;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The free-space rule of the data directory check (the jar's refusals are in DemoServerStartIT). */
class DataDirectoryTest {

    @TempDir
    Path dir;

    @Test
    void aFullDiskIsNamedWithWhatIsFreeAndWhatIsNeeded() {
        assertThatThrownBy(() -> DataDirectory.requireFreeSpace(dir, 3L * 1024 * 1024))
                .isInstanceOf(DataDirectory.UnusableDataDirectoryException.class)
                .hasMessage("the disk of the data directory " + dir + " is full: 3 MiB free, at least 64 MiB needed");
        assertThatCode(() -> DataDirectory.requireFreeSpace(dir, DataDirectory.MINIMUM_FREE_BYTES))
                .doesNotThrowAnyException();
    }

    @Test
    void aUsableDirectoryIsCreatedAndLeftWithoutTheProbe() {
        Path data = dir.resolve("a/b");
        DataDirectory.requireUsable(data, "gridsafe.mv.db");
        org.assertj.core.api.Assertions.assertThat(data).isEmptyDirectory();
    }
}
