package io.reanimator.gateway.batch;

import java.io.InputStream;

/**
 * One bundle of a batch, as its bytes arrive: {@code content} ends where the item ends and must be read (or
 * skipped) before the next item is asked for.
 *
 * @param name    the part's filename (or field name), or the tar entry's path
 * @param content the item's bytes, streamed from the request body
 * @param problem why the item cannot be a bundle whatever its bytes (a tar symlink, say), or null
 */
public record BatchItem(String name, InputStream content, String problem) {
}
