package io.reanimator.logbundle.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** The container formats a bundle may come in, recognized by their magic bytes rather than a file name. */
public enum ArchiveFormat {
    TAR_GZ, TAR, ZIP;

    private static final int TAR_MAGIC_OFFSET = 257;
    private static final byte[] TAR_MAGIC = "ustar".getBytes(StandardCharsets.US_ASCII);

    /** @return the format, or {@code null} when the bytes are none of them */
    public static ArchiveFormat detect(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return detect(in.readNBytes(TAR_MAGIC_OFFSET + TAR_MAGIC.length));
        }
    }

    static ArchiveFormat detect(byte[] head) {
        if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            return TAR_GZ;
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K'
                && ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6))) {
            return ZIP;
        }
        return isTarHeader(head) ? TAR : null;
    }

    static boolean isTarHeader(byte[] head) {
        return head.length >= TAR_MAGIC_OFFSET + TAR_MAGIC.length
                && Arrays.equals(head, TAR_MAGIC_OFFSET, TAR_MAGIC_OFFSET + TAR_MAGIC.length,
                TAR_MAGIC, 0, TAR_MAGIC.length);
    }
}
