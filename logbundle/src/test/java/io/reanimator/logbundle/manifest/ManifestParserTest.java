package io.reanimator.logbundle.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import io.reanimator.logbundle.BundleRejectedException;
import io.reanimator.logbundle.RejectionReason;
import org.junit.jupiter.api.Test;

class ManifestParserTest {

    private final ManifestParser parser = new ManifestParser();

    @Test
    void shouldReadEveryFieldWhenTheManifestIsTheDocumentedExample() throws Exception {
        String json = """
                {
                  "format": "reanimator-logbundle/1",
                  "collector": {"name": "reanimator-collect", "version": "1.0.0"},
                  "collected_at": "2026-03-01T12:00:00Z",
                  "site": "ams-dc1",
                  "customer": "acme", "project": "render-farm",
                  "asset": {"serial": "CZJ1234567", "hostname": "node17", "asset_tag": "A-0042"},
                  "files": [
                    {"path": "dmidecode.txt", "kind": "dmidecode"},
                    {"path": "smartctl/sda.json", "kind": "smartctl-json"},
                    {"path": "redfish/", "kind": "redfish"},
                    {"path": "extra.bin", "kind": "vendor-blob"}
                  ]
                }""";

        Manifest manifest = parser.parse(json.getBytes(StandardCharsets.UTF_8));

        assertThat(manifest.collectedAt()).isEqualTo(Instant.parse("2026-03-01T12:00:00Z"));
        assertThat(manifest.collectorName()).isEqualTo("reanimator-collect");
        assertThat(manifest.site()).isEqualTo("ams-dc1");
        assertThat(manifest.assetSerial()).isEqualTo("CZJ1234567");
        assertThat(manifest.assetTag()).isEqualTo("A-0042");
        assertThat(manifest.files()).extracting(Manifest.ManifestFile::kind)
                .containsExactly("dmidecode", "smartctl-json", "redfish", "vendor-blob");
        assertThat(manifest.files().get(2).covers("redfish/Systems/1.json")).isTrue();
    }

    @Test
    void shouldAcceptTheMinimalManifestWhenOnlyRequiredFieldsArePresent() throws Exception {
        Manifest manifest = parser.parse("""
                {"collected_at": "2026-03-01T13:00:00+01:00", "files": []}""".getBytes(StandardCharsets.UTF_8));
        assertThat(manifest.collectedAt()).isEqualTo(Instant.parse("2026-03-01T12:00:00Z"));
        assertThat(manifest.site()).isNull();
    }

    @Test
    void shouldListEveryProblemWhenTheManifestHasSeveral() {
        String json = """
                {"format": "reanimator-logbundle/9", "collected_at": "yesterday",
                 "files": [{"path": "../etc/passwd", "kind": "log"}, {"kind": "log"}], "site": 42}""";
        assertThatThrownBy(() -> parser.parse(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(BundleRejectedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(RejectionReason.INVALID_MANIFEST);
                    assertThat(e.problems()).hasSize(5);
                    assertThat(String.join("\n", e.problems()))
                            .contains("format", "collected_at 'yesterday'", "files[0].path", "files[1].path", "site");
                });
    }

    @Test
    void shouldSayWhereWhenTheManifestIsNotJson() {
        assertThatThrownBy(() -> parser.parse("{\"collected_at\": ".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(BundleRejectedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(RejectionReason.INVALID_MANIFEST);
                    assertThat(e.getMessage()).contains("not valid JSON", "line 1");
                });
    }

    @Test
    void shouldRequireCollectedAtAndFilesWhenTheyAreMissing() {
        assertThatThrownBy(() -> parser.parse("{}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(BundleRejectedException.class,
                        e -> assertThat(e.problems()).hasSize(2).anyMatch(p -> p.startsWith("collected_at is required"))
                                .anyMatch(p -> p.startsWith("files is required")));
    }

    @Test
    void shouldRejectDeeplyNestedJsonWithoutBlowingTheStack() {
        String deep = "[".repeat(5_000) + "]".repeat(5_000);
        assertThatThrownBy(() -> parser.parse(("{\"collected_at\":\"2026-03-01T12:00:00Z\",\"files\":[],\"x\":" + deep + "}")
                .getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(BundleRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectionReason.INVALID_MANIFEST));
    }
}
