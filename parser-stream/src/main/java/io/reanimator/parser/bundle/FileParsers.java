package io.reanimator.parser.bundle;

import io.reanimator.parser.dmidecode.DmidecodeParser;
import io.reanimator.parser.ipmitool.IpmiFruParser;
import io.reanimator.parser.ipmitool.IpmiSdrParser;
import io.reanimator.parser.ipmitool.IpmiSelParser;
import io.reanimator.parser.lshw.LshwJsonParser;
import io.reanimator.parser.nvme.NvmeCliJsonParser;
import io.reanimator.parser.redfish.RedfishParser;
import io.reanimator.parser.smartctl.SmartctlJsonParser;
import io.reanimator.parser.smartctl.SmartctlTextParser;
import io.reanimator.parser.report.FileParser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one list of format parsers the bundle parser dispatches to, by manifest kind. To support a new format,
 * add one line to {@link #ALL}; nothing else needs to change. Two parsers claiming the same kind is an error
 * found at start-up (and by {@code FileParsersTest}).
 */
public final class FileParsers {

    /** Every parser, one line each. */
    static final List<FileParser> ALL = List.of(
            new DmidecodeParser(),
            new LshwJsonParser(),
            new SmartctlJsonParser(),
            new SmartctlTextParser(),
            new NvmeCliJsonParser(),
            new IpmiFruParser(),
            new IpmiSelParser(),
            new IpmiSdrParser(),
            new RedfishParser());

    /** Kinds whose manifest entry may be a directory of files read together (Redfish resource trees). */
    public static final Set<String> DIRECTORY_KINDS = Set.of("redfish");

    private final Map<String, FileParser> byKind;

    private FileParsers(List<FileParser> parsers) {
        Map<String, FileParser> map = new HashMap<>();
        for (FileParser parser : parsers) {
            for (String kind : parser.kinds()) {
                FileParser previous = map.putIfAbsent(kind, parser);
                if (previous != null) {
                    throw new IllegalStateException("kind '" + kind + "' is claimed by both "
                            + previous.getClass().getName() + " and " + parser.getClass().getName());
                }
            }
        }
        this.byKind = Map.copyOf(map);
    }

    /** The registry of every known parser. */
    public static FileParsers all() {
        return new FileParsers(ALL);
    }

    /** A registry of the given parsers only (tests, benchmarks). */
    public static FileParsers of(List<FileParser> parsers) {
        return new FileParsers(parsers);
    }

    public Optional<FileParser> forKind(String kind) {
        return Optional.ofNullable(byKind.get(kind));
    }

    public Set<String> kinds() {
        return byKind.keySet();
    }
}
