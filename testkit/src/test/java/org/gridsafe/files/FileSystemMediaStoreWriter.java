package org.gridsafe.files;

import java.io.PrintStream;
import java.nio.file.Path;
import org.gridsafe.media.MediaLimits;
import org.gridsafe.media.MediaReference;
import org.gridsafe.testkit.MediaSamples;

/**
 * The child process of {@link FileSystemMediaStoreKillTest}: puts files of 512 KiB without end and
 * prints each hash once its put has returned (acknowledged), until it is killed.
 */
public final class FileSystemMediaStoreWriter {

    private FileSystemMediaStoreWriter() {}

    public static void main(String[] args) {
        FileSystemMediaStore store = FileSystemMediaStore.open(Path.of(args[0]), MediaLimits.defaults());
        PrintStream out = System.out;
        for (long seed = 0; ; seed++) {
            MediaReference ref = store.put(MediaSamples.jpeg(512 * 1024, seed));
            out.println(ref.hash().value());
            out.flush();
        }
    }
}
