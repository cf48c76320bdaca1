/**
 * Evidence files (照片、附件): {@link org.gridsafe.media.MediaHash} (the SHA-256 that names a file),
 * {@link org.gridsafe.media.MediaType} (recognised by its first bytes, never by its name),
 * {@link org.gridsafe.media.MediaReference} (what an event stores) and
 * {@link org.gridsafe.media.MediaLimits} (what a store accepts). The bottom floor: it uses no other
 * package of GridSafe, so events and ports can both hold its values.
 */
package org.gridsafe.media;
