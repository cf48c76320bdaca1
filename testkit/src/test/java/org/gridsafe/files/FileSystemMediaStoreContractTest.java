package org.gridsafe.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.gridsafe.media.MediaLimits;
import org.gridsafe.port.MediaStore;
import org.gridsafe.testkit.MediaStoreContract;
import org.junit.jupiter.api.io.TempDir;

class FileSystemMediaStoreContractTest extends MediaStoreContract {

    @TempDir
    Path dir;

    private FileSystemMediaStore store;

    @Override
    protected MediaStore newStore(MediaLimits limits) {
        store = FileSystemMediaStore.open(dir.resolve("media"), limits);
        return store;
    }

    @Override
    protected long storedObjects() {
        return countObjects(store.root());
    }

    static long countObjects(Path root) {
        try (Stream<Path> files = Files.walk(root.resolve("objects"))) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
