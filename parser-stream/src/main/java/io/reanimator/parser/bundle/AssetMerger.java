package io.reanimator.parser.bundle;

import io.reanimator.avro.AssetSnapshot;
import io.reanimator.avro.BundleManifest;
import io.reanimator.avro.Identity;
import io.reanimator.avro.ParseWarning;
import io.reanimator.parser.identity.AssetIdentities;
import io.reanimator.parser.identity.AssetIdentities.AssetFacts;
import io.reanimator.parser.identity.Placeholders;
import io.reanimator.parser.identity.Serials;
import io.reanimator.parser.report.AssetReport;
import io.reanimator.parser.report.FileReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * One {@link AssetSnapshot} from every tool's {@link AssetReport} and the manifest: each field from the first
 * tool in {@link SourcePrecedence#assetRank asset precedence} that reports a real value; tools that report
 * another system serial produce a warning. Manifest hints (serial, hostname) are used only where no tool says.
 */
final class AssetMerger {

    private AssetMerger() {
    }

    record MergedAsset(AssetSnapshot snapshot, List<ParseWarning> warnings) {
    }

    static MergedAsset merge(List<FileReport> reports, BundleManifest manifest, String bundleId) {
        List<FileReport> ordered = new ArrayList<>(reports);
        ordered.sort(Comparator.comparingInt(r -> SourcePrecedence.assetRank(r.kind())));
        List<ParseWarning> warnings = new ArrayList<>();
        String serial = serial(ordered, warnings);
        String hostname = first(ordered, AssetReport::hostname);
        String uuid = first(ordered, AssetReport::uuid);
        AssetFacts facts = new AssetFacts(first(ordered, AssetReport::vendor), first(ordered, AssetReport::model),
                serial, first(ordered, AssetReport::baseboardSerial), manifest.getAssetSerial(), uuid,
                hostname != null ? hostname : manifest.getAssetHostname());
        Identity identity = AssetIdentities.identify(facts, bundleId);
        AssetSnapshot snapshot = AssetSnapshot.newBuilder()
                .setIdentity(identity)
                .setVendor(facts.vendor())
                .setModel(facts.model())
                .setSerial(serial != null ? serial : manifest.getAssetSerial())
                .setUuid(uuid == null ? null : uuid.toLowerCase(Locale.ROOT))
                .setBaseboardSerial(facts.baseboardSerial())
                .setBiosVersion(first(ordered, AssetReport::biosVersion))
                .setBmcVersion(first(ordered, AssetReport::bmcVersion))
                .setHostname(facts.hostname())
                .setAssetTag(manifest.getAssetTag())
                .setSite(manifest.getSite())
                .setCustomer(manifest.getCustomer())
                .setProject(manifest.getProject())
                .build();
        return new MergedAsset(snapshot, warnings);
    }

    private static String serial(List<FileReport> ordered, List<ParseWarning> warnings) {
        FileReport winner = null;
        for (FileReport report : ordered) {
            String value = report.asset().serial();
            if (Serials.normalize(value) == null) {
                continue;
            }
            if (winner == null) {
                winner = report;
            } else if (!Serials.normalize(value).equals(Serials.normalize(winner.asset().serial()))) {
                warnings.add(ParseWarning.newBuilder().setFile(report.path()).setKind(report.kind())
                        .setMessage("tools disagree on the system serial: '" + winner.asset().serial().trim() + "' ("
                                + winner.kind() + ", kept) vs '" + value.trim() + "' (" + report.kind() + ")")
                        .build());
            }
        }
        if (winner != null) {
            return winner.asset().serial().trim();
        }
        // No real serial: keep the first placeholder as printed, so the identity can say what it was.
        return ordered.stream().map(r -> r.asset().serial()).filter(v -> v != null && !v.isBlank())
                .map(String::trim).findFirst().orElse(null);
    }

    private static String first(List<FileReport> ordered, Function<AssetReport, String> field) {
        return ordered.stream().map(r -> field.apply(r.asset()))
                .filter(v -> !Placeholders.isPlaceholderText(v))
                .map(String::trim)
                .findFirst().orElse(null);
    }
}
