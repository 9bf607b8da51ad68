package io.reanimator.parser.dmidecode;

import io.reanimator.avro.ComponentType;
import io.reanimator.parser.identity.Placeholders;
import io.reanimator.parser.report.AssetReport;
import io.reanimator.parser.report.ComponentReport;
import io.reanimator.parser.report.FileParser;
import io.reanimator.parser.report.FileReport;
import io.reanimator.parser.report.ParseInput;
import io.reanimator.parser.report.UnparseableInputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code dmidecode} text (dmidecode 2.x and 3.x): BIOS (type 0), system (1), baseboard (2), chassis (3),
 * processors (4), memory devices (17) and power supplies (39).
 *
 * <p>Empty DIMM slots ("No Module Installed", size 0), unpopulated CPU sockets and absent power supplies are not
 * reported as components. Values are kept as printed (placeholders included); deciding what is a placeholder is
 * the identity step's job.
 */
public final class DmidecodeParser implements FileParser {

    public static final String KIND = "dmidecode";

    @Override
    public Set<String> kinds() {
        return Set.of(KIND);
    }

    @Override
    public FileReport parse(ParseInput input) throws UnparseableInputException {
        List<DmiRecord> records = new ArrayList<>();
        for (ParseInput.InputFile file : input.files()) {
            records.addAll(DmiTextReader.read(file.text()));
        }
        List<String> warnings = new ArrayList<>();
        List<ComponentReport> components = new ArrayList<>();
        Map<String, Integer> dimmLocators = countLocators(records);
        for (DmiRecord record : records) {
            switch (record.type()) {
                case 2 -> components.add(DmiComponents.motherboard(record));
                case 4 -> DmiComponents.processor(record).ifPresent(components::add);
                case 17 -> DmiComponents.memory(record, dimmLocators).ifPresent(components::add);
                case 39 -> DmiComponents.powerSupply(record).ifPresent(components::add);
                default -> { }
            }
        }
        components.removeIf(c -> c.type() == ComponentType.MOTHERBOARD && c.serial() == null && c.model() == null);
        components = uniqueSlots(components);
        AssetReport asset = DmiAsset.from(records, warnings);
        return new FileReport(input.path(), KIND, asset, components, List.of(), warnings);
    }

    /**
     * Slots must tell parts apart when serials are placeholders: a missing, placeholder ("Not Specified") or
     * repeated slot name becomes {@code <name or type> #<n>}, n counting that type's parts in file order.
     */
    private static List<ComponentReport> uniqueSlots(List<ComponentReport> components) {
        Map<String, Integer> seen = new HashMap<>();
        Map<ComponentType, Integer> ordinal = new HashMap<>();
        List<ComponentReport> unique = new ArrayList<>();
        for (ComponentReport c : components) {
            int n = ordinal.merge(c.type(), 1, Integer::sum);
            boolean placeholder = Placeholders.isPlaceholderText(c.slot());
            String base = placeholder ? c.type().name() : c.slot();
            boolean repeated = seen.merge(c.type() + "|" + base, 1, Integer::sum) > 1
                    || components.stream().filter(o -> o != c && o.type() == c.type()).anyMatch(o -> base.equals(o.slot()));
            if (placeholder || repeated) {
                unique.add(new ComponentReport(c.type(), c.vendor(), c.model(), c.partNumber(), c.serial(),
                        base + " #" + n, c.firmware(), c.capacityBytes(), c.speed(), c.attributes(), c.health()));
            } else {
                unique.add(c);
            }
        }
        return unique;
    }

    /** Locators that occur more than once (e.g. "DIMM0" on every channel) need the bank locator to be unique. */
    private static Map<String, Integer> countLocators(List<DmiRecord> records) {
        Map<String, Integer> counts = new HashMap<>();
        for (DmiRecord record : records) {
            if (record.type() == 17 && record.get("Locator") != null) {
                counts.merge(record.get("Locator"), 1, Integer::sum);
            }
        }
        return counts;
    }
}
