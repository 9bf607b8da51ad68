package io.reanimator.parser.redfish;

import io.reanimator.parser.report.FileParser;
import io.reanimator.parser.report.FileReport;
import io.reanimator.parser.report.ParseInput;
import io.reanimator.parser.report.UnparseableInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads Redfish JSON, as a tree of resource files (a directory entry like {@code redfish/}) or as one crawl
 * document mapping each {@code /redfish/v1/...} URI to its body. Resources are recognized by their
 * {@code @odata.type}, never by file name:
 *
 * <ul>
 *   <li>ComputerSystem: the asset (vendor, model, serial, UUID, BIOS version, hostname); the first one wins.
 *   <li>Manager: the BMC (component, and the asset's BMC firmware).
 *   <li>SoftwareInventory (UpdateService/FirmwareInventory): BIOS and BMC versions when the system or manager
 *       did not say.
 *   <li>Chassis: the asset when there is no ComputerSystem.
 *   <li>Processor, Memory, Drive, SimpleStorage devices, Storage controllers, PowerSupply, Power.PowerSupplies,
 *       NetworkAdapter: components; parts whose Status.State is "Absent" are skipped.
 *   <li>LogEntry: log events (Created, SensorType, Message, Severity).
 * </ul>
 *
 * Volumes (virtual disks) and everything else are ignored.
 */
public final class RedfishParser implements FileParser {

  public static final String KIND = "redfish";

  @Override
  public Set<String> kinds() {
    return Set.of(KIND);
  }

  @Override
  public FileReport parse(ParseInput input) throws UnparseableInputException {
    List<String> warnings = new ArrayList<>();
    RedfishInventory inventory = new RedfishInventory(warnings);
    for (RedfishResource resource : RedfishResources.collect(input, warnings)) {
      inventory.accept(resource);
    }
    return inventory.report(input.path());
  }
}
