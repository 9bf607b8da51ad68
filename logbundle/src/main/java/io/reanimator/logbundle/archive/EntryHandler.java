package io.reanimator.logbundle.archive;

import java.io.IOException;
import java.io.InputStream;

/** Receives each regular file of an archive in turn; it need not read the content to the end. */
@FunctionalInterface
public interface EntryHandler {

    void onEntry(ArchiveEntry entry, InputStream content) throws IOException;
}
