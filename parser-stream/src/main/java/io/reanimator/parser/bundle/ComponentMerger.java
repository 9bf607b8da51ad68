package io.reanimator.parser.bundle;

import io.reanimator.avro.ComponentSnapshot;
import io.reanimator.avro.ComponentType;
import io.reanimator.avro.HealthSignal;
import io.reanimator.avro.Identity;
import io.reanimator.avro.ParseWarning;
import io.reanimator.parser.identity.Identities;
import io.reanimator.parser.identity.Placeholders;
import io.reanimator.parser.identity.Serials;
import io.reanimator.parser.identity.VendorNames;
import io.reanimator.parser.report.ComponentReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns every tool's component reports into one {@link ComponentSnapshot} per part.
 *
 * <p>Reports are the same part when they are of the same family (drives: SSD, HDD and NVMe are one family,
 * since tools disagree on the type) and have the same normalized serial; reports whose serial is a placeholder
 * are the same part when they name the same slot (compared without case, blanks, '-' and '_'). Fields are taken
 * by {@link SourcePrecedence}; a field on which two tools disagree yields a {@link ParseWarning} naming both
 * values and the one kept. Health signals of all tools are kept; attributes are merged, the preferred tool's
 * value winning per key.
 */
public final class ComponentMerger {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s_\\-]");

    private ComponentMerger() {
    }

    /** The merged components and the warnings the merge produced (exclusions are not warnings). */
    public record Merged(List<ComponentSnapshot> components, List<ParseWarning> warnings) {
    }

    public static Merged merge(List<SourcedComponent> reports, String assetKey) {
        Map<String, List<SourcedComponent>> groups = new LinkedHashMap<>();
        int unmatched = 0;
        for (SourcedComponent sourced : reports) {
            if (ComponentFilter.exclusionReason(sourced.report()) != null) {
                continue;
            }
            String key = matchKey(sourced.report());
            groups.computeIfAbsent(key != null ? key : "unmatched#" + unmatched++, k -> new ArrayList<>())
                    .add(sourced);
        }
        List<ComponentSnapshot> components = new ArrayList<>();
        List<ParseWarning> warnings = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (List<SourcedComponent> group : groups.values()) {
            ComponentSnapshot snapshot = mergeGroup(group, assetKey, warnings);
            if (keys.add(snapshot.getIdentity().getKey())) {
                components.add(snapshot);
            } else {
                warnings.add(warning(group.get(0), "two parts share the identity " + snapshot.getIdentity().getKey()
                        + "; only the first is kept"));
            }
        }
        return new Merged(components, warnings);
    }

    static String matchKey(ComponentReport report) {
        String family = family(report.type());
        String serial = Serials.normalize(report.serial());
        if (serial != null) {
            return family + "|serial|" + serial;
        }
        if (report.slot() == null || report.slot().isBlank()) {
            return null;
        }
        return family + "|slot|" + squash(report.slot());
    }

    private static String family(ComponentType type) {
        return switch (type) {
            case SSD, HDD, NVME -> "drive";
            default -> type.name();
        };
    }

    private static ComponentSnapshot mergeGroup(List<SourcedComponent> group, String assetKey,
            List<ParseWarning> warnings) {
        List<SourcedComponent> ordered = new ArrayList<>(group);
        ordered.sort(Comparator.comparingInt(s -> SourcePrecedence.rank(s.report().type(), s.kind())));
        FieldPicker pick = new FieldPicker(ordered, warnings);
        ComponentType type = ordered.get(0).report().type();
        String model = pick.text("model", ComponentReport::model, ComponentMerger::sameModel);
        String vendor = pick.vendor(model);
        String serial = pick.serial();
        String slot = pick.text("slot", ComponentReport::slot, (a, b) -> true);
        Identity identity = Identities.component(vendor, model, serial, assetKey, slot);
        return ComponentSnapshot.newBuilder()
                .setIdentity(identity)
                .setType(type)
                .setVendor(vendor)
                .setModel(model)
                .setPartNumber(pick.text("part number", ComponentReport::partNumber, ComponentMerger::sameText))
                .setSerial(serial)
                .setSlot(slot)
                .setFirmware(pick.text("firmware", ComponentReport::firmware, ComponentMerger::sameText))
                .setCapacityBytes(pick.capacity())
                .setSpeed(pick.text("speed", ComponentReport::speed, (a, b) -> true))
                .setAttributes(attributes(ordered))
                .setHealth(health(ordered))
                .setSources(new ArrayList<>(new LinkedHashSet<>(ordered.stream().map(SourcedComponent::kind).toList())))
                .build();
    }

    private static Map<String, String> attributes(List<SourcedComponent> ordered) {
        Map<String, String> merged = new LinkedHashMap<>();
        for (SourcedComponent s : ordered) {
            s.report().attributes().forEach(merged::putIfAbsent);
        }
        return merged;
    }

    private static List<HealthSignal> health(List<SourcedComponent> ordered) {
        List<HealthSignal> all = new ArrayList<>();
        for (SourcedComponent s : ordered) {
            all.addAll(s.report().health());
        }
        return all;
    }

    /** Models agree when one is a prefix of the other once "ATA ", case, blanks and '_' are ignored. */
    static boolean sameModel(String a, String b) {
        String x = squash(VendorNames.stripAtaPrefix(a));
        String y = squash(VendorNames.stripAtaPrefix(b));
        return x.startsWith(y) || y.startsWith(x) || x.endsWith(y) || y.endsWith(x);
    }

    static boolean sameText(String a, String b) {
        return squash(a).equals(squash(b));
    }

    private static String squash(String value) {
        return SEPARATORS.matcher(value.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    static ParseWarning warning(SourcedComponent about, String message) {
        return ParseWarning.newBuilder().setFile(about.file()).setKind(about.kind()).setMessage(message).build();
    }

    /** Picks each field from the first tool (in precedence order) that reports it, and records disagreements. */
    private static final class FieldPicker {
        private final List<SourcedComponent> ordered;
        private final List<ParseWarning> warnings;

        FieldPicker(List<SourcedComponent> ordered, List<ParseWarning> warnings) {
            this.ordered = ordered;
            this.warnings = warnings;
        }

        String text(String field, Function<ComponentReport, String> getter, SameValue same) {
            SourcedComponent winner = null;
            String kept = null;
            for (SourcedComponent s : ordered) {
                String value = getter.apply(s.report());
                if (Placeholders.isPlaceholderText(value)) {
                    continue;
                }
                value = value.trim();
                if (winner == null) {
                    winner = s;
                    kept = value;
                } else if (!same.test(kept, value)) {
                    conflict(field, winner, kept, s, value);
                }
            }
            return kept;
        }

        /** The raw vendor of the first tool whose vendor (or model) names a known vendor. */
        String vendor(String model) {
            SourcedComponent winner = null;
            String kept = null;
            for (SourcedComponent s : ordered) {
                String raw = s.report().vendor();
                String normalized = VendorNames.resolve(raw, s.report().model() != null ? s.report().model() : model);
                if (normalized == null) {
                    continue;
                }
                if (winner == null) {
                    winner = s;
                    kept = raw != null && VendorNames.normalize(raw) != null ? raw.trim() : normalized;
                } else if (!normalized.equals(VendorNames.resolve(kept, model))) {
                    conflict("vendor", winner, kept, s, raw == null ? normalized : raw.trim());
                }
            }
            if (kept == null) {
                // Nothing names a vendor: keep the first raw value as printed (placeholders included).
                return ordered.stream().map(s -> s.report().vendor()).filter(v -> v != null && !v.isBlank())
                        .map(String::trim).findFirst().orElse(null);
            }
            return kept;
        }

        /** The first real serial; the first placeholder as printed when no tool has a real one. */
        String serial() {
            for (SourcedComponent s : ordered) {
                if (Serials.normalize(s.report().serial()) != null) {
                    return s.report().serial().trim();
                }
            }
            return ordered.stream().map(s -> s.report().serial()).filter(v -> v != null)
                    .map(String::trim).findFirst().orElse(null);
        }

        Long capacity() {
            SourcedComponent winner = null;
            Long kept = null;
            for (SourcedComponent s : ordered) {
                Long value = s.report().capacityBytes();
                if (value == null || value <= 0) {
                    continue;
                }
                if (winner == null) {
                    winner = s;
                    kept = value;
                } else if (Math.abs(kept - value) > kept / 100) {
                    conflict("capacity", winner, kept + " bytes", s, value + " bytes");
                }
            }
            return kept;
        }

        private void conflict(String field, SourcedComponent winner, String kept, SourcedComponent other,
                String ignored) {
            ComponentReport r = winner.report();
            String what = r.type() + " " + (r.slot() != null ? r.slot() : String.valueOf(r.serial()));
            warnings.add(warning(other, what + ": tools disagree on " + field + ": '" + kept + "' (" + winner.kind()
                    + ", kept) vs '" + ignored + "' (" + other.kind() + ")"));
        }
    }

    @FunctionalInterface
    private interface SameValue {
        boolean test(String kept, String other);
    }
}
