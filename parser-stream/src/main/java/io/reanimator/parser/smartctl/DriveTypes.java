package io.reanimator.parser.smartctl;

import io.reanimator.avro.ComponentType;
import java.util.Locale;
import java.util.regex.Pattern;

/** Tells NVMe, SSD and HDD apart from what smartctl printed (protocol, rotation rate, model). */
final class DriveTypes {

  /** Names smartctl shows for logical devices of RAID controllers, which are not physical parts. */
  private static final Pattern VIRTUAL_VOLUME =
      Pattern.compile("(?i)\\b(raid\\s*\\d*\\s*volume|virtual\\s+disk|logical\\s+volume|volume\\d*)\\b");
  private static final Pattern SSD_WORD = Pattern.compile("(?i)\\bSSD\\b");

  private DriveTypes() {}

  /**
   * @param protocol smartctl's protocol ("ATA", "SCSI", "NVMe"), or null
   * @param rotationRpm 0 for a solid-state device, the speed for a spinning one, null when not printed
   * @param model the model as printed, used only when nothing else tells
   */
  static ComponentType classify(String protocol, Long rotationRpm, String model) {
    if (protocol != null && protocol.toLowerCase(Locale.ROOT).startsWith("nvme")) {
      return ComponentType.NVME;
    }
    if (rotationRpm != null) {
      return rotationRpm == 0 ? ComponentType.SSD : ComponentType.HDD;
    }
    if (model != null && SSD_WORD.matcher(model).find()) {
      return ComponentType.SSD;
    }
    return ComponentType.UNKNOWN;
  }

  static boolean isVirtualVolume(String model) {
    return model != null && VIRTUAL_VOLUME.matcher(model).find();
  }
}
