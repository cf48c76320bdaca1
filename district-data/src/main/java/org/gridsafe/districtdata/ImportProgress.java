package org.gridsafe.districtdata;

/**
 * What a running import tells while it runs: each file as soon as it is read (the line the
 * report's {@code read} list gets, such as {@code staff.csv: 6666 rows}), and the start of the
 * write. An import over HTTP shows these as the progress of a large upload.
 */
public interface ImportProgress {

    /** Tells nothing. */
    ImportProgress NONE = new ImportProgress() {};

    /** A file was read; {@code line} names it and counts its features or rows. */
    default void read(String line) {}

    /** Validation passed and {@code changes} changes are being written (not called on a dry run). */
    default void applying(int changes) {}
}
