package io.reanimator.gateway.batch;

import java.io.IOException;
import java.io.InputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * A tar of bundles ({@code application/x-tar}): every regular file entry is one bundle, in archive order.
 * Directories are skipped; links, devices and other special entries become rejected items, since they carry no
 * bundle. The outer tar is read as a stream: one entry at a time, never extracted.
 */
public final class TarBatchItems implements BatchItems {

    private final TarArchiveInputStream tar;

    public TarBatchItems(InputStream in) {
        this.tar = new TarArchiveInputStream(in);
    }

    @Override
    public BatchItem next() throws IOException {
        while (true) {
            TarArchiveEntry entry;
            try {
                entry = tar.getNextEntry();
            } catch (BatchReadException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                throw new BatchReadException("malformed tar of bundles: " + e.getMessage(), e);
            }
            if (entry == null) {
                return null;
            }
            if (entry.isDirectory()) {
                continue;
            }
            if (!entry.isFile()) {
                return new BatchItem(entry.getName(), InputStream.nullInputStream(),
                        "the tar entry is not a regular file (link, device or other special entry)");
            }
            return new BatchItem(entry.getName(), new EntryStream(), null);
        }
    }

    /** The current entry's bytes; tar errors while reading them mean the batch body is broken. */
    private final class EntryStream extends InputStream {

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return tar.read(b, off, len);
            } catch (BatchReadException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                throw new BatchReadException("malformed tar of bundles: " + e.getMessage(), e);
            }
        }
    }
}
