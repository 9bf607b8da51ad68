package io.reanimator.parser.redfish;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Redfish resource body.
 *
 * @param uri its {@code @odata.id} (or the crawl document's key, or the file path when it has neither)
 * @param type the schema name from {@code @odata.type} ("#Memory.v1_23_0.Memory" gives "Memory"), inferred from
 *     the URI when the body has no type
 */
record RedfishResource(String uri, String type, JsonNode body) {

  private static final Pattern TYPE = Pattern.compile("^#?([A-Za-z]+)\\.");

  static RedfishResource of(String uri, JsonNode body) {
    return new RedfishResource(uri, typeOf(uri, body), body);
  }

  static String typeOf(String uri, JsonNode body) {
    JsonNode odataType = body.get("@odata.type");
    if (odataType != null && odataType.isTextual()) {
      Matcher matcher = TYPE.matcher(odataType.asText());
      if (matcher.find()) {
        return matcher.group(1);
      }
    }
    return typeFromUri(uri == null ? "" : uri);
  }

  /** For bodies without {@code @odata.type}: the collection a member URI sits in tells its schema. */
  static String typeFromUri(String uri) {
    String[] segments = uri.replaceAll("/+$", "").split("/");
    if (segments.length < 2) {
      return "";
    }
    String parent = segments[segments.length - 2];
    String last = segments[segments.length - 1];
    return switch (parent) {
      case "Systems" -> "ComputerSystem";
      case "Processors" -> "Processor";
      case "Memory" -> "Memory";
      case "Drives" -> "Drive";
      case "Storage" -> "Storage";
      case "Managers" -> "Manager";
      case "PowerSupplies" -> "PowerSupply";
      case "FirmwareInventory" -> "SoftwareInventory";
      case "NetworkAdapters" -> "NetworkAdapter";
      case "Chassis" -> "Chassis";
      default -> last.equals("Power") ? "Power" : "";
    };
  }
}
