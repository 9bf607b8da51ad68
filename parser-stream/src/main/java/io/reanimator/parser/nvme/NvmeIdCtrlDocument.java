package io.reanimator.parser.nvme;

import com.fasterxml.jackson.databind.JsonNode;
import io.reanimator.avro.ComponentType;
import io.reanimator.parser.format.Printed;
import io.reanimator.parser.report.ComponentReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code nvme id-ctrl -o json}: the controller's identity (sn, mn, fr) and total capacity (tnvmcap). */
final class NvmeIdCtrlDocument {

  private NvmeIdCtrlDocument() {}

  static ComponentReport read(JsonNode root, String path) {
    Map<String, String> attributes = new LinkedHashMap<>();
    Long vid = Printed.number(root, "vid");
    if (vid != null) {
      attributes.put("nvme.pci_vendor_id", String.format("0x%04x", vid));
    }
    Long subsystemVendor = Printed.number(root, "ssvid");
    if (subsystemVendor != null) {
      attributes.put("nvme.pci_subsystem_vendor_id", String.format("0x%04x", subsystemVendor));
    }
    Long capacity = Printed.number(root, "tnvmcap");
    return new ComponentReport(ComponentType.NVME, null, Printed.text(root, "mn"), null, Printed.text(root, "sn"),
        NvmeSmartLogDocument.slotFromPath(path), Printed.text(root, "fr"),
        capacity == null || capacity == 0 ? null : capacity, null, attributes, List.of());
  }
}
