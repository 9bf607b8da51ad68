package io.reanimator.logbundle.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.reanimator.logbundle.manifest.Manifest;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/**
 * Writes well-formed bundles: for the demo data set, for tests, and as the reference of the format for collector
 * authors. Entry times are fixed by the caller, so the same inputs always give the same bytes (and digest).
 */
public final class BundleWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final Map<String, String> kinds = new LinkedHashMap<>();
    private final ObjectNode manifest = JSON.createObjectNode();
    private Instant entryTime = Instant.parse("2026-01-01T00:00:00Z");
    private boolean withManifest = true;

    public static BundleWriter collectedAt(Instant collectedAt) {
        BundleWriter writer = new BundleWriter();
        writer.manifest.put("format", Manifest.FORMAT_V1);
        writer.manifest.putObject("collector").put("name", "reanimator-collect").put("version", "1.0.0");
        writer.manifest.put("collected_at", collectedAt.toString());
        writer.entryTime = collectedAt;
        return writer;
    }

    /** A bundle without manifest.json, as many real uploads are; entries carry {@code entryTime}. */
    public static BundleWriter withoutManifest(Instant entryTime) {
        BundleWriter writer = new BundleWriter();
        writer.withManifest = false;
        writer.entryTime = entryTime;
        return writer;
    }

    public BundleWriter site(String site) {
        manifest.put("site", site);
        return this;
    }

    public BundleWriter customerProject(String customer, String project) {
        manifest.put("customer", customer);
        manifest.put("project", project);
        return this;
    }

    public BundleWriter asset(String serial, String hostname, String assetTag) {
        ObjectNode asset = manifest.putObject("asset");
        putIfPresent(asset, "serial", serial);
        putIfPresent(asset, "hostname", hostname);
        putIfPresent(asset, "asset_tag", assetTag);
        return this;
    }

    public BundleWriter file(String path, String kind, String content) {
        return file(path, kind, content.getBytes(StandardCharsets.UTF_8));
    }

    public BundleWriter file(String path, String kind, byte[] content) {
        files.put(path, content);
        kinds.put(path, kind);
        return this;
    }

    public byte[] tarGz() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GzipCompressorOutputStream gzip = new GzipCompressorOutputStream(bytes)) {
            writeTar(gzip);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public byte[] tar() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writeTar(bytes);
        return bytes.toByteArray();
    }

    public byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries().entrySet()) {
                ZipArchiveEntry entry = new ZipArchiveEntry(e.getKey());
                entry.setTime(entryTime.toEpochMilli());
                zip.putArchiveEntry(entry);
                zip.write(e.getValue());
                zip.closeArchiveEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private void writeTar(java.io.OutputStream out) {
        try {
            TarArchiveOutputStream tar = new TarArchiveOutputStream(out);
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Map.Entry<String, byte[]> e : entries().entrySet()) {
                TarArchiveEntry entry = new TarArchiveEntry(e.getKey());
                entry.setSize(e.getValue().length);
                entry.setModTime(entryTime.toEpochMilli());
                tar.putArchiveEntry(entry);
                tar.write(e.getValue());
                tar.closeArchiveEntry();
            }
            tar.finish();
            tar.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, byte[]> entries() throws IOException {
        Map<String, byte[]> all = new LinkedHashMap<>();
        if (withManifest) {
            ArrayNode list = manifest.putArray("files");
            kinds.forEach((path, kind) -> list.addObject().put("path", path).put("kind", kind));
            all.put(Manifest.FILE_NAME, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
        }
        all.putAll(files);
        return all;
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    /** The file kinds added so far, in order. */
    public List<String> kinds() {
        return List.copyOf(kinds.values());
    }
}
