package io.reanimator.parser.identity;

import io.reanimator.avro.Identity;
import java.util.ArrayList;
import java.util.List;

/**
 * The identity of the asset a bundle describes, from the first usable of, in order:
 * <ol>
 *   <li>the system serial reported by the hardware (SMBIOS type 1, Redfish, FRU, lshw) with the system vendor:
 *       {@code dell|2rjf153};</li>
 *   <li>the baseboard serial with the system vendor, marked {@code board:} so it cannot collide with the system
 *       serial of another asset: {@code supermicro|board:zm19as026837};</li>
 *   <li>the serial the bundle's manifest claims: {@code <vendor>|<serial>};</li>
 *   <li>the SMBIOS UUID: {@code uuid:<uuid>} (trusted: UUIDs are unique when they are not placeholders).</li>
 * </ol>
 * Trusted in all those cases. Otherwise the asset is untrusted: {@code host:<hostname>} when a hostname is known,
 * else {@code bundle:<bundle id>} (an asset seen once), with a reason listing what was missing.
 */
public final class AssetIdentities {

    private AssetIdentities() {
    }

    /** What the bundle says about the asset, already merged across tools. */
    public record AssetFacts(String vendor, String model, String serial,
            String baseboardSerial, String manifestSerial, String uuid, String hostname) {
    }

    public static Identity identify(AssetFacts facts, String bundleId) {
        String vendor = VendorNames.normalize(facts.vendor());
        List<String> missing = new ArrayList<>();
        String serial = Serials.normalize(facts.serial());
        if (serial != null) {
            return Identities.trusted(vendor, serial, facts.vendor(), facts.serial());
        }
        missing.add("system serial (" + Placeholders.serialProblem(facts.serial()) + ")");
        String board = Serials.normalize(facts.baseboardSerial());
        if (board != null) {
            return Identities.trusted(vendor, "board:" + board, facts.vendor(), facts.baseboardSerial());
        }
        missing.add("baseboard serial");
        String claimed = Serials.normalize(facts.manifestSerial());
        if (claimed != null) {
            return Identities.trusted(vendor, claimed, facts.vendor(), facts.manifestSerial());
        }
        if (!Placeholders.isPlaceholderUuid(facts.uuid())) {
            String uuid = Identities.lower(facts.uuid());
            return Identity.newBuilder(Identities.trusted(vendor, uuid, facts.vendor(), facts.serial()))
                    .setKey("uuid:" + uuid).build();
        }
        missing.add("UUID");
        String reason = "no usable " + String.join(", ", missing);
        if (facts.hostname() != null && !facts.hostname().isBlank()) {
            return Identities.untrusted("host:" + Identities.lower(facts.hostname()), reason, facts.vendor(),
                    facts.serial());
        }
        return Identities.untrusted("bundle:" + bundleId, reason + ", hostname", facts.vendor(), facts.serial());
    }
}
