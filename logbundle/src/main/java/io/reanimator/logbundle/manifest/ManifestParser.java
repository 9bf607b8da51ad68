package io.reanimator.logbundle.manifest;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reanimator.logbundle.BundleRejectedException;
import io.reanimator.logbundle.RejectionReason;

/** Reads and validates a manifest, collecting every problem so that a collector's author can fix them in one go. */
public final class ManifestParser {

    /** Manifests are small; a larger one is a broken collector, not a bigger inventory. */
    public static final int MAX_MANIFEST_BYTES = 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    public Manifest parse(byte[] bytes) throws BundleRejectedException {
        if (bytes.length > MAX_MANIFEST_BYTES) {
            throw invalid(List.of("manifest.json is larger than " + MAX_MANIFEST_BYTES + " bytes"));
        }
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw invalid(List.of("manifest.json is not valid JSON: " + e.getOriginalMessage() + where));
        } catch (IOException e) {
            throw invalid(List.of("manifest.json cannot be read: " + e.getMessage()));
        }
        if (root == null || !root.isObject()) {
            throw invalid(List.of("manifest.json must be a JSON object"));
        }
        List<String> problems = new ArrayList<>();
        String format = optionalText(root, "format", problems);
        if (format != null && !format.equals(Manifest.FORMAT_V1)) {
            problems.add("format '" + format + "' is not supported (expected '" + Manifest.FORMAT_V1 + "')");
        }
        Instant collectedAt = collectedAt(root, problems);
        List<Manifest.ManifestFile> files = files(root, problems);
        JsonNode collector = objectOrNull(root, "collector", problems);
        JsonNode asset = objectOrNull(root, "asset", problems);
        Manifest manifest = new Manifest(format,
                optionalText(collector, "name", problems), optionalText(collector, "version", problems),
                collectedAt,
                optionalText(root, "site", problems), optionalText(root, "customer", problems),
                optionalText(root, "project", problems),
                optionalText(asset, "serial", problems), optionalText(asset, "hostname", problems),
                optionalText(asset, "asset_tag", problems),
                files);
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        return manifest;
    }

    private static Instant collectedAt(JsonNode root, List<String> problems) {
        JsonNode node = root.get("collected_at");
        if (node == null || node.isNull()) {
            problems.add("collected_at is required (an ISO-8601 instant such as 2026-03-01T12:00:00Z)");
            return null;
        }
        if (!node.isTextual()) {
            problems.add("collected_at must be a string holding an ISO-8601 instant");
            return null;
        }
        try {
            return OffsetDateTime.parse(node.asText()).toInstant();
        } catch (DateTimeParseException e) {
            problems.add("collected_at '" + shorten(node.asText()) + "' is not an ISO-8601 instant with an offset "
                    + "(such as 2026-03-01T12:00:00Z)");
            return null;
        }
    }

    private static List<Manifest.ManifestFile> files(JsonNode root, List<String> problems) {
        JsonNode node = root.get("files");
        List<Manifest.ManifestFile> files = new ArrayList<>();
        if (node == null || !node.isArray()) {
            problems.add("files is required and must be an array of {\"path\", \"kind\"} objects");
            return files;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode file = node.get(i);
            String path = file.path("path").isTextual() ? file.get("path").asText() : null;
            String kind = file.path("kind").isTextual() ? file.get("kind").asText() : null;
            if (path == null || path.isBlank()) {
                problems.add("files[" + i + "].path is required and must be a non-empty string");
            } else if (path.startsWith("/") || path.contains("..") || path.contains("\\")) {
                problems.add("files[" + i + "].path '" + shorten(path) + "' must be relative, without '..' or '\\'");
            }
            if (kind == null || kind.isBlank()) {
                problems.add("files[" + i + "].kind is required and must be a non-empty string");
            }
            if (path != null && kind != null) {
                files.add(new Manifest.ManifestFile(path.startsWith("./") ? path.substring(2) : path, kind));
            }
        }
        return files;
    }

    private static JsonNode objectOrNull(JsonNode parent, String field, List<String> problems) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            problems.add(field + " must be an object");
            return null;
        }
        return node;
    }

    private static String optionalText(JsonNode parent, String field, List<String> problems) {
        if (parent == null) {
            return null;
        }
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            problems.add(field + " must be a string");
            return null;
        }
        String text = node.asText().strip();
        return text.isEmpty() ? null : text;
    }

    private static String shorten(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }

    private static BundleRejectedException invalid(List<String> problems) {
        return new BundleRejectedException(RejectionReason.INVALID_MANIFEST, problems);
    }
}
