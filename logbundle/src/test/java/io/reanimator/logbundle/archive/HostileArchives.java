package io.reanimator.logbundle.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/** Archives a bundle must never be: each one is what an attacker or a broken collector would send. */
final class HostileArchives {

    private HostileArchives() {
    }

    static byte[] tarGzWithEntry(String name, byte linkFlag, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GzipCompressorOutputStream gzip = new GzipCompressorOutputStream(bytes);
             TarArchiveOutputStream tar = new TarArchiveOutputStream(gzip)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            TarArchiveEntry entry = new TarArchiveEntry(name, linkFlag, true);
            if (linkFlag == TarConstants.LF_SYMLINK || linkFlag == TarConstants.LF_LINK) {
                entry.setLinkName("/etc/passwd");
            } else if (linkFlag == TarConstants.LF_NORMAL) {
                entry.setSize(content.length);
            }
            tar.putArchiveEntry(entry);
            if (linkFlag == TarConstants.LF_NORMAL) {
                tar.write(content);
            }
            tar.closeArchiveEntry();
        }
        return bytes.toByteArray();
    }

    static byte[] zipWithEntry(String name, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
            zip.putArchiveEntry(new ZipArchiveEntry(name));
            zip.write(content);
            zip.closeArchiveEntry();
        }
        return bytes.toByteArray();
    }

    static byte[] zipWithSymlink(String name) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
            ZipArchiveEntry entry = new ZipArchiveEntry(name);
            entry.setUnixMode(0120777);
            zip.putArchiveEntry(entry);
            zip.write("/etc/passwd".getBytes(StandardCharsets.UTF_8));
            zip.closeArchiveEntry();
        }
        return bytes.toByteArray();
    }

    /** A tar.gz whose single entry is {@code expandedBytes} of zeros: a few KB that expand a thousandfold. */
    static byte[] gzipBomb(long expandedBytes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GzipCompressorOutputStream gzip = new GzipCompressorOutputStream(bytes);
             TarArchiveOutputStream tar = new TarArchiveOutputStream(gzip)) {
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            TarArchiveEntry entry = new TarArchiveEntry("dmidecode.txt");
            entry.setSize(expandedBytes);
            tar.putArchiveEntry(entry);
            writeZeros(tar, expandedBytes);
            tar.closeArchiveEntry();
        }
        return bytes.toByteArray();
    }

    static byte[] tarGzWithEntries(int count) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GzipCompressorOutputStream gzip = new GzipCompressorOutputStream(bytes);
             TarArchiveOutputStream tar = new TarArchiveOutputStream(gzip)) {
            for (int i = 0; i < count; i++) {
                TarArchiveEntry entry = new TarArchiveEntry("f" + i + ".log");
                entry.setSize(1);
                tar.putArchiveEntry(entry);
                tar.write('x');
                tar.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static void writeZeros(OutputStream out, long count) throws IOException {
        byte[] zeros = new byte[64 * 1024];
        for (long left = count; left > 0; left -= zeros.length) {
            out.write(zeros, 0, (int) Math.min(zeros.length, left));
        }
    }
}
