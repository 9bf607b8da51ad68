package io.reanimator.parser.dmidecode;

import io.reanimator.parser.identity.Placeholders;
import io.reanimator.parser.report.AssetReport;
import java.util.List;
import java.util.Optional;

/** The server itself, from SMBIOS types 0 (BIOS), 1 (system), 2 (baseboard) and 3 (chassis). */
final class DmiAsset {

    private DmiAsset() {
    }

    static AssetReport from(List<DmiRecord> records, List<String> warnings) {
        Optional<DmiRecord> bios = first(records, 0);
        Optional<DmiRecord> system = first(records, 1);
        Optional<DmiRecord> board = first(records, 2);
        Optional<DmiRecord> chassis = first(records, 3);
        String systemSerial = system.map(r -> r.get("Serial Number")).orElse(null);
        String chassisSerial = chassis.map(r -> r.get("Serial Number")).orElse(null);
        String serial = systemSerial;
        if (Placeholders.isPlaceholderSerial(systemSerial) && !Placeholders.isPlaceholderSerial(chassisSerial)) {
            warnings.add("system serial '" + systemSerial + "' is a placeholder; the chassis serial '"
                    + chassisSerial + "' stands in for it");
            serial = chassisSerial;
        }
        if (system.isEmpty() && bios.isEmpty() && board.isEmpty()) {
            return AssetReport.EMPTY;
        }
        return new AssetReport(
                system.map(r -> r.get("Manufacturer")).orElse(null),
                system.map(r -> r.get("Product Name")).orElse(null),
                serial,
                system.map(r -> r.get("UUID")).orElse(null),
                board.map(r -> r.get("Serial Number")).orElse(null),
                bios.map(r -> r.get("Version")).orElse(null),
                null,
                null);
    }

    private static Optional<DmiRecord> first(List<DmiRecord> records, int type) {
        return records.stream().filter(r -> r.type() == type).findFirst();
    }
}
