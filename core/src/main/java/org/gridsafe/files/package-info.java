/**
 * Ports kept in files on the local file system: {@link org.gridsafe.files.FileSystemMediaStore},
 * the embedded default for evidence files. Plain JDK ({@code java.nio.file}), so it needs no
 * adapter module.
 */
package org.gridsafe.files;
