package io.reanimator.parser.redfish;

import com.fasterxml.jackson.databind.JsonNode;
import io.reanimator.parser.format.Printed;
import io.reanimator.parser.report.AssetReport;
import java.util.List;
import java.util.Locale;

/** Collects the asset from the resources that describe the server, in any order. */
final class RedfishAsset {

  private JsonNode system;
  private JsonNode chassis;
  private String bmcVersion;
  private String biosFromInventory;
  private String bmcFromInventory;

  void system(JsonNode body, List<String> warnings) {
    if (system == null) {
      system = body;
    } else {
      warnings.add("more than one ComputerSystem; the asset is taken from " + Printed.text(system, "@odata.id"));
    }
  }

  void chassis(JsonNode body) {
    if (chassis == null && Printed.text(body, "SerialNumber") != null) {
      chassis = body;
    }
  }

  void manager(JsonNode body) {
    if (bmcVersion == null) {
      bmcVersion = Printed.text(body, "FirmwareVersion");
    }
  }

  /** A FirmwareInventory member: its Version is the BIOS or BMC version when Id or Name says which. */
  void firmware(JsonNode body) {
    String id = Printed.first(Printed.text(body, "Id"), "").toUpperCase(Locale.ROOT);
    String name = Printed.first(Printed.text(body, "Name"), "").toUpperCase(Locale.ROOT);
    String version = Printed.text(body, "Version");
    if ((id.contains("BIOS") || name.contains("BIOS")) && biosFromInventory == null) {
      biosFromInventory = version;
    } else if ((id.contains("BMC") || id.contains("IDRAC") || name.contains("BMC")) && bmcFromInventory == null) {
      bmcFromInventory = version;
    }
  }

  AssetReport build() {
    JsonNode source = system != null ? system : chassis;
    String bios = Printed.first(system == null ? null : Printed.text(system, "BiosVersion"), biosFromInventory);
    String bmc = Printed.first(bmcVersion, bmcFromInventory);
    if (source == null) {
      return bios == null && bmc == null ? AssetReport.EMPTY
          : new AssetReport(null, null, null, null, null, bios, bmc, null);
    }
    return new AssetReport(Printed.text(source, "Manufacturer"), Printed.text(source, "Model"),
        Printed.text(source, "SerialNumber"), Printed.text(source, "UUID"), null, bios, bmc,
        Printed.text(source, "HostName"));
  }
}
