package io.reanimator.parser.lshw;

import com.fasterxml.jackson.databind.JsonNode;
import io.reanimator.avro.ComponentType;
import io.reanimator.parser.report.ComponentReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which lshw nodes are components, and how their fields map:
 * <ul>
 *   <li>{@code processor} with id {@code cpu*} → CPU (slot = {@code slot});</li>
 *   <li>{@code memory} with id {@code bank*} → DIMM, unless the bank is empty (description "[empty]" and no
 *       serial, or vendor/serial "NO DIMM", or no size and no serial);</li>
 *   <li>{@code disk} → SSD/HDD (slot = logical name, e.g. {@code /dev/sda}), skipping CD/DVD, removable and
 *       virtual media, NVMe namespaces (the controller is the part) and logical volumes of RAID controllers;</li>
 *   <li>{@code storage} with driver {@code nvme} → NVME; other {@code storage} with a PCI bus → STORAGE_CONTROLLER;</li>
 *   <li>{@code network} on a PCI bus → NIC (slot = bus info; the MAC is an attribute, not a serial);</li>
 *   <li>{@code display} with a discrete vendor → GPU; {@code power} → PSU; {@code bus} id {@code core} →
 *       MOTHERBOARD.</li>
 * </ul>
 * {@code volume} nodes (partitions, file systems) and everything under them are never components.
 */
final class LshwNodes {

    private static final Pattern VIRTUAL_OR_REMOVABLE = Pattern.compile(
            "(?i)(virtual|cd-?rom|dvd|floppy|flash drive|card reader|usb|sd/mmc|logical volume|perc|"
                    + "megaraid|raid|idrac|ilo|lifecycle)");
    private static final Pattern DISCRETE_GPU = Pattern.compile("(?i)(nvidia|advanced micro devices.*(radeon|instinct)"
            + "|\\bamd\\b.*(radeon|instinct)|ati technologies)");

    private static final Pattern SOLID_STATE_MODEL = Pattern.compile("(?i)(ssd|micron_|mtfd|mz[0-9a-z]|kingston sa)");

    private LshwNodes() {
    }

    static void walk(JsonNode node, List<ComponentReport> out) {
        String cls = text(node, "class");
        if ("volume".equals(cls)) {
            return;
        }
        ComponentReport component = component(node, cls);
        if (component != null) {
            out.add(component);
        }
        JsonNode children = node.get("children");
        if (children != null && children.isArray()) {
            for (JsonNode child : children) {
                walk(child, out);
            }
        }
    }

    private static ComponentReport component(JsonNode node, String cls) {
        String id = text(node, "id");
        if (cls == null || id == null) {
            return null;
        }
        return switch (cls) {
            case "processor" -> id.startsWith("cpu") ? cpu(node) : null;
            case "memory" -> id.startsWith("bank") && !isEmptyBank(node) ? dimm(node) : null;
            case "disk" -> disk(node);
            case "storage" -> storage(node);
            case "network" -> text(node, "businfo") != null && text(node, "businfo").startsWith("pci@") ? nic(node) : null;
            case "display" -> isDiscreteGpu(node) ? simple(node, ComponentType.GPU, text(node, "businfo")) : null;
            case "power" -> id.startsWith("battery") ? null : simple(node, ComponentType.PSU, id);
            case "bus" -> "core".equals(id) ? simple(node, ComponentType.MOTHERBOARD, "baseboard") : null;
            default -> null;
        };
    }

    private static ComponentReport cpu(JsonNode node) {
        Map<String, String> attributes = attributes(node);
        putIfPresent(attributes, "cpu.cores", configuration(node, "cores"));
        putIfPresent(attributes, "cpu.threads", configuration(node, "threads"));
        Long hz = number(node, "size");
        return new ComponentReport(ComponentType.CPU, text(node, "vendor"), text(node, "product"), null,
                text(node, "serial"), text(node, "slot"), null, null, hz == null ? null : hz / 1_000_000 + " MHz",
                attributes, List.of());
    }

    private static boolean isEmptyBank(JsonNode node) {
        String description = text(node, "description");
        String serial = text(node, "serial");
        String vendor = text(node, "vendor");
        if ("NO DIMM".equalsIgnoreCase(vendor) || "NO DIMM".equalsIgnoreCase(serial)) {
            return true;
        }
        boolean markedEmpty = description != null && description.contains("[empty]");
        return serial == null && (markedEmpty || number(node, "size") == null);
    }

    private static ComponentReport dimm(JsonNode node) {
        Map<String, String> attributes = attributes(node);
        putIfPresent(attributes, "dimm.description", text(node, "description"));
        String product = text(node, "product");
        Long clock = number(node, "clock");
        return new ComponentReport(ComponentType.DIMM, text(node, "vendor"), product, product, text(node, "serial"),
                text(node, "slot"), null, number(node, "size"), clock == null ? null : clock / 1_000_000 + " MHz",
                attributes, List.of());
    }

    private static ComponentReport disk(JsonNode node) {
        String id = text(node, "id");
        String description = String.valueOf(text(node, "description"));
        String product = text(node, "product");
        if (id.startsWith("cdrom") || id.startsWith("namespace") || id.startsWith("medium")
                || matches(VIRTUAL_OR_REMOVABLE, description) || matches(VIRTUAL_OR_REMOVABLE, product)
                || hasCapability(node, "removable")) {
            return null;
        }
        ComponentType type = hasCapability(node, "ssd") || isSolidStateModel(product) ? ComponentType.SSD
                : ComponentType.HDD;
        Map<String, String> attributes = attributes(node);
        putIfPresent(attributes, "disk.description", description);
        return new ComponentReport(type, text(node, "vendor"), product, null, text(node, "serial"),
                logicalName(node), text(node, "version"), number(node, "size"), null, attributes, List.of());
    }

    private static ComponentReport storage(JsonNode node) {
        String businfo = text(node, "businfo");
        if (businfo == null || !businfo.startsWith("pci@")) {
            return null;
        }
        if ("nvme".equals(configuration(node, "driver"))) {
            Long size = namespaceSize(node);
            return new ComponentReport(ComponentType.NVME, text(node, "vendor"), text(node, "product"), null,
                    text(node, "serial"), logicalName(node), text(node, "version"), size, null, attributes(node),
                    List.of());
        }
        return simple(node, ComponentType.STORAGE_CONTROLLER, businfo);
    }

    private static ComponentReport nic(JsonNode node) {
        Map<String, String> attributes = attributes(node);
        putIfPresent(attributes, "nic.mac", text(node, "serial"));
        putIfPresent(attributes, "nic.logical_name", logicalName(node));
        String firmware = configuration(node, "firmware");
        // lshw prints the MAC where other classes have a serial; a MAC is not a part serial (ports share it).
        return new ComponentReport(ComponentType.NIC, text(node, "vendor"), text(node, "product"), null, null,
                text(node, "businfo"), firmware, null, configuration(node, "speed"), attributes, List.of());
    }

    private static ComponentReport simple(JsonNode node, ComponentType type, String slot) {
        String firmware = type == ComponentType.STORAGE_CONTROLLER || type == ComponentType.GPU
                ? configuration(node, "firmware") : null;
        Map<String, String> attributes = attributes(node);
        putIfPresent(attributes, "description", text(node, "description"));
        putIfPresent(attributes, "version", text(node, "version"));
        return new ComponentReport(type, text(node, "vendor"), text(node, "product"), null, text(node, "serial"),
                slot, firmware, null, null, attributes, List.of());
    }

    private static Long namespaceSize(JsonNode node) {
        JsonNode children = node.get("children");
        long total = 0;
        if (children != null) {
            for (JsonNode child : children) {
                Long size = number(child, "size");
                total += size == null ? 0 : size;
            }
        }
        return total == 0 ? null : total;
    }

    private static boolean isDiscreteGpu(JsonNode node) {
        return matches(DISCRETE_GPU, text(node, "vendor") + " " + text(node, "product"));
    }

    private static boolean isSolidStateModel(String product) {
        return product != null && SOLID_STATE_MODEL.matcher(product).find();
    }

    private static Map<String, String> attributes(JsonNode node) {
        Map<String, String> attributes = new LinkedHashMap<>();
        putIfPresent(attributes, "lshw.id", text(node, "id"));
        putIfPresent(attributes, "lshw.businfo", text(node, "businfo"));
        putIfPresent(attributes, "lshw.driver", configuration(node, "driver"));
        return attributes;
    }

    static JsonNode child(JsonNode node, String id) {
        JsonNode children = node.get("children");
        if (children != null) {
            for (JsonNode child : children) {
                if (id.equals(text(child, "id"))) {
                    return child;
                }
            }
        }
        return null;
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText().trim();
        return text.isEmpty() ? null : text;
    }

    static String configuration(JsonNode node, String key) {
        JsonNode configuration = node.get("configuration");
        return configuration == null ? null : text(configuration, key);
    }

    private static String logicalName(JsonNode node) {
        JsonNode logical = node.get("logicalname");
        if (logical == null) {
            return null;
        }
        return logical.isArray() ? (logical.size() == 0 ? null : logical.get(0).asText()) : logical.asText();
    }

    private static Long number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.canConvertToLong() ? value.asLong() : null;
    }

    private static boolean hasCapability(JsonNode node, String capability) {
        JsonNode capabilities = node.get("capabilities");
        return capabilities != null && capabilities.has(capability);
    }

    private static boolean matches(Pattern pattern, String text) {
        return text != null && pattern.matcher(text).find();
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key.toLowerCase(Locale.ROOT), value);
        }
    }
}
