package io.reanimator.logbundle.archive;

import java.time.Instant;

/**
 * One regular file of a bundle.
 *
 * @param path       normalized relative path with '/' separators, never absolute, never with '..'
 * @param modifiedAt the entry's modification time as the archive records it, or null
 */
public record ArchiveEntry(String path, Instant modifiedAt) {
}
