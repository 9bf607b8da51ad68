package io.reanimator.parser.bundle;

import io.reanimator.avro.LogBundle;
import io.reanimator.avro.LogEvent;
import io.reanimator.avro.Observation;
import io.reanimator.avro.ParseWarning;
import io.reanimator.logbundle.BundleRejectedException;
import io.reanimator.parser.report.FileParser;
import io.reanimator.parser.report.FileReport;
import io.reanimator.parser.report.LogEventReport;
import io.reanimator.parser.report.ParseInput;
import io.reanimator.parser.report.UnparseableInputException;
import io.reanimator.schemas.id.DeterministicIds;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses one bundle into one {@link Observation}: reads the raw bytes, runs the parser of each file's kind,
 * merges what the tools said about the asset and each part, and records every file-level failure as a warning.
 * A bundle that yields no asset fact, no component and no log event is {@link BundleOutcome.Unusable}.
 *
 * <p>Stateless and thread-safe. Throws {@link IOException} only when the raw store cannot be read: that is an
 * outage, not a property of the bundle, and must not be dead-lettered.
 */
public final class BundleParser {

    private static final Logger LOG = LoggerFactory.getLogger(BundleParser.class);

    private final BundleReader reader;
    private final FileParsers parsers;

    public BundleParser(BundleReader reader, FileParsers parsers) {
        this.reader = reader;
        this.parsers = parsers;
    }

    public BundleOutcome parse(LogBundle bundle) throws IOException {
        BundleContents contents;
        try {
            contents = reader.read(bundle);
        } catch (RawBundleMissingException e) {
            return new BundleOutcome.Unusable(e.getMessage(), Map.of("rawLocation", bundle.getRawLocation()));
        } catch (BundleRejectedException e) {
            return new BundleOutcome.Unusable("the raw bundle cannot be read: " + e.getMessage(),
                    Map.of("rejection", e.reason().name()));
        }
        return parse(bundle, contents);
    }

    /** Parses contents already read (benchmarks and tests that bypass the raw store). */
    public BundleOutcome parse(LogBundle bundle, BundleContents contents) {
        List<ParseWarning> warnings = new ArrayList<>();
        contents.skipped().forEach(s -> warnings.add(warning(s.path(), s.kind(), "skipped: " + s.reason())));
        List<FileReport> reports = new ArrayList<>();
        for (ParseInput input : contents.inputs()) {
            FileReport report = parseOne(input, warnings);
            if (report != null) {
                reports.add(report);
                report.warnings().forEach(w -> warnings.add(warning(report.path(), report.kind(), w)));
            }
        }
        if (!yieldsAnything(reports)) {
            return unusable(contents, warnings);
        }
        AssetMerger.MergedAsset asset = AssetMerger.merge(reports, bundle.getManifest(), bundle.getBundleId());
        warnings.addAll(asset.warnings());
        String assetKey = asset.snapshot().getIdentity().getKey();
        ComponentMerger.Merged components = ComponentMerger.merge(sourced(reports), assetKey);
        warnings.addAll(components.warnings());
        return new BundleOutcome.Parsed(Observation.newBuilder()
                .setObservationId(DeterministicIds.observationId(bundle.getBundleId(), assetKey))
                .setBundleId(bundle.getBundleId())
                .setCollectedAt(bundle.getCollectedAt())
                .setReceivedAt(bundle.getReceivedAt())
                .setParserVersion(ParserVersion.CURRENT)
                .setAsset(asset.snapshot())
                .setComponents(components.components())
                .setLogEvents(logEvents(reports))
                .setWarnings(warnings)
                .build());
    }

    private FileReport parseOne(ParseInput input, List<ParseWarning> warnings) {
        FileParser parser = parsers.forKind(input.kind()).orElse(null);
        if (parser == null) {
            return null;
        }
        try {
            return parser.parse(input);
        } catch (UnparseableInputException e) {
            warnings.add(warning(input.path(), input.kind(), "not parsed: " + e.getMessage()));
        } catch (RuntimeException e) {
            // A parser bug must cost one file, not the bundle; the class name helps find the bug.
            LOG.warn("parser {} failed on {} ({})", parser.getClass().getSimpleName(), input.path(), input.kind(), e);
            warnings.add(warning(input.path(), input.kind(), "parser failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage())));
        }
        return null;
    }

    private static boolean yieldsAnything(List<FileReport> reports) {
        return reports.stream().anyMatch(r -> !r.components().isEmpty() || !r.logEvents().isEmpty()
                || !r.asset().equals(io.reanimator.parser.report.AssetReport.EMPTY));
    }

    private static BundleOutcome.Unusable unusable(BundleContents contents, List<ParseWarning> warnings) {
        String reason;
        if (contents.inputs().isEmpty()) {
            reason = "no file of a supported kind in the bundle";
        } else {
            reason = "no file yielded an asset, a component or a log event ("
                    + contents.inputs().size() + " file(s) tried)";
        }
        List<String> problems = warnings.stream().map(w -> w.getFile() + ": " + w.getMessage()).toList();
        return new BundleOutcome.Unusable(reason, problems.isEmpty() ? Map.of()
                : Map.of("problems", String.join("\n", problems)));
    }

    private static List<SourcedComponent> sourced(List<FileReport> reports) {
        List<SourcedComponent> all = new ArrayList<>();
        for (FileReport report : reports) {
            report.components().forEach(c -> all.add(new SourcedComponent(report.path(), report.kind(), c)));
        }
        return all;
    }

    private static List<LogEvent> logEvents(List<FileReport> reports) {
        List<LogEvent> events = new ArrayList<>();
        for (FileReport report : reports) {
            for (LogEventReport e : report.logEvents()) {
                events.add(LogEvent.newBuilder().setOccurredAt(e.occurredAt()).setSource(report.kind())
                        .setSensor(e.sensor()).setSensorType(e.sensorType())
                        .setDescription(e.description() == null ? "" : e.description())
                        .setSeverity(e.severity() == null ? io.reanimator.avro.HealthStatus.UNKNOWN : e.severity())
                        .setSlotHint(e.slotHint()).build());
            }
        }
        return events;
    }

    private static ParseWarning warning(String file, String kind, String message) {
        return ParseWarning.newBuilder().setFile(file).setKind(kind).setMessage(message).build();
    }
}
