package io.reanimator.parser.identity;

import io.reanimator.avro.Identity;
import java.util.Locale;

/**
 * Builds {@link Identity} records by the recipe documented on {@code Identity.avsc}:
 * <ul>
 *   <li>trusted: {@code <normalized vendor>|<normalized serial>}, e.g. {@code samsung|3780385b};</li>
 *   <li>untrusted (placeholder or missing serial): {@code slot:<asset key>/<slot>}, which names a position in
 *       one asset and is never merged with a part in another asset; the reason says why.</li>
 * </ul>
 * A trusted serial without a known vendor uses the vendor token {@code unknown}: the serial alone is still a
 * better identity than a slot, and the reason field stays null because the key is serial-based.
 */
public final class Identities {

    public static final String UNKNOWN_VENDOR = "unknown";

    private Identities() {
    }

    /** A component's identity; {@code slot} stands in when the serial is a placeholder. */
    public static Identity component(String rawVendor, String model, String rawSerial, String assetKey,
            String slot) {
        String vendor = VendorNames.resolve(rawVendor, model);
        String serial = Serials.normalize(rawSerial);
        if (serial != null) {
            return trusted(vendor, serial, rawVendor, rawSerial);
        }
        String problem = Placeholders.serialProblem(rawSerial);
        return Identity.newBuilder()
                .setKey(slotKey(assetKey, slot))
                .setTrusted(false)
                .setReason(problem + (slot == null ? "; no slot reported either" : ""))
                .setVendor(vendor)
                .setSerial(null)
                .setRawVendor(rawVendor)
                .setRawSerial(rawSerial)
                .build();
    }

    /** {@code slot:<asset key>/<slot>}; the slot is trimmed, inner blanks kept (they are part of the name). */
    public static String slotKey(String assetKey, String slot) {
        String position = slot == null || slot.isBlank() ? "unknown-slot" : slot.trim();
        return "slot:" + assetKey + "/" + position;
    }

    /** A trusted identity from a real serial. */
    public static Identity trusted(String vendor, String normalizedSerial, String rawVendor, String rawSerial) {
        String vendorToken = vendor == null ? UNKNOWN_VENDOR : vendor;
        return Identity.newBuilder()
                .setKey(vendorToken + "|" + normalizedSerial)
                .setTrusted(true)
                .setReason(null)
                .setVendor(vendor)
                .setSerial(normalizedSerial)
                .setRawVendor(rawVendor)
                .setRawSerial(rawSerial)
                .build();
    }

    /** An untrusted identity with an explicit key (asset fallbacks). */
    public static Identity untrusted(String key, String reason, String rawVendor, String rawSerial) {
        return Identity.newBuilder()
                .setKey(key)
                .setTrusted(false)
                .setReason(reason)
                .setVendor(VendorNames.normalize(rawVendor))
                .setSerial(null)
                .setRawVendor(rawVendor)
                .setRawSerial(rawSerial)
                .build();
    }

    static String lower(String value) {
        return value == null ? null : value.trim().toLowerCase(Locale.ROOT);
    }
}
