package io.reanimator.parser.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the many spellings of a manufacturer into one lower-case token ({@code "samsung"}, {@code "skhynix"},
 * {@code "wdc"}, ...), the vendor half of an identity key.
 *
 * <p>Three sources of spelling are resolved: names and abbreviations ({@code "SAMSUNG"}, {@code "Samsung
 * Electronics"}, {@code "SK Hynix"}, {@code "Hynix Semiconducto"}); JEDEC JEP106 manufacturer ids as SMBIOS prints
 * them ({@code "00CE00B300CE"}, {@code "80CE80B380CE"}, {@code "802C8632802C"}, {@code "0xAD00"}); and models that
 * carry the vendor ({@code "ATA HGST HUS728T8TAL"}, {@code "Micron_5200_MTFD"}, {@code "ST4000NM0033"}).
 * HGST, Hitachi (its drive business) and Western Digital are one vendor ({@code "wdc"}): WD owns the HGST drive
 * line and firmware reports all three names for the same drives.
 */
public final class VendorNames {

    /** Bank byte then id byte, as most SMBIOS tables print it: {@code 00CE00B300CE}, {@code 802C}. */
    private static final Pattern JEDEC_BANK_FIRST = Pattern.compile("(?i)([0-9a-f]{2})([0-9a-f]{2})(?:[0-9a-f]{8})?");
    /**
     * Bytes in JEP106 order with {@code 0x}: continuation codes ({@code 7F}, one per bank) then the id, e.g.
     * {@code 0xAD00}, {@code 0xCE00000000000000}, {@code 0x7F98000000000000} (Kingston, bank 2).
     */
    private static final Pattern JEDEC_ID_FIRST = Pattern.compile("(?i)0x((?:[0-9a-f]{2}){2,8})");

    /** JEP106 codes as SMBIOS prints them: the bank byte (continuation count, parity bit masked) and the id byte. */
    private static final Map<String, String> JEDEC = Map.ofEntries(
            Map.entry("00CE", "samsung"), Map.entry("00AD", "skhynix"), Map.entry("002C", "micron"),
            Map.entry("0198", "kingston"), Map.entry("0194", "smart"), Map.entry("029E", "corsair"),
            Map.entry("0304", "transcend"), Map.entry("030B", "nanya"), Map.entry("0351", "qimonda"),
            Map.entry("0425", "kingmax"), Map.entry("04CB", "adata"), Map.entry("00C1", "infineon"),
            Map.entry("02FE", "elpida"), Map.entry("0089", "intel"), Map.entry("0080", "amd"),
            Map.entry("0001", "amd"), Map.entry("00B3", "idt"), Map.entry("0045", "sandisk"),
            Map.entry("00A4", "ibm"), Map.entry("0A9B", "cxmt"), Map.entry("054F", "teamgroup"),
            Map.entry("01BA", "pny"), Map.entry("0B0E", "apacer"));

    /** Name prefixes (lower case, spaces and punctuation removed) to vendor token; first match wins. */
    private static final Map<String, String> NAMES = new LinkedHashMap<>();

    static {
        alias("skhynix", "skhynix", "hynix", "hyundai", "hynixsemiconductor");
        alias("samsung", "samsung", "sec");
        alias("micron", "micron", "crucial", "mtfd");
        alias("wdc", "hgst", "hitachi", "westerndigital", "wdc", "wd");
        alias("seagate", "seagate");
        alias("toshiba", "toshiba", "kioxia");
        alias("intel", "intel", "genuineintel");
        alias("amd", "amd", "advancedmicrodevices", "authenticamd");
        alias("kingston", "kingston");
        alias("sandisk", "sandisk");
        alias("hpe", "hpe", "hewlettpackardenterprise", "hewlettpackard", "hp", "compaq");
        alias("dell", "dell");
        alias("lenovo", "lenovo");
        alias("ibm", "ibm");
        alias("supermicro", "supermicro");
        alias("broadcom", "broadcom", "lsilogic", "lsi", "avago");
        alias("mellanox", "mellanox", "nvidia");
        alias("nanya", "nanya");
        alias("smart", "smartmodular");
        alias("fujitsu", "fujitsu");
        alias("cisco", "cisco");
        alias("huawei", "huawei");
        alias("inspur", "inspur");
        alias("quanta", "quanta", "qct");
        alias("gigabyte", "gigabyte");
        alias("asrockrack", "asrockrack", "asrock");
        alias("asus", "asustek", "asus");
        alias("oracle", "oracle", "sunmicrosystems", "sun");
        alias("tyan", "tyan");
        alias("delta", "delta");
        alias("liteon", "liteon");
    }

    /** Model prefixes that name the maker, for drives whose vendor field is empty or says "ATA". */
    private static final List<Map.Entry<Pattern, String>> MODEL_PREFIXES = List.of(
            Map.entry(Pattern.compile("(?i)^(hgst|hitachi|wdc|wd[0-9]|western digital|hus|huh|hua|hms)"), "wdc"),
            Map.entry(Pattern.compile("(?i)^(samsung|mz[0-9a-z]{2}|mzq|mzp)"), "samsung"),
            Map.entry(Pattern.compile("(?i)^(micron|crucial|mtfd|ct[0-9])"), "micron"),
            Map.entry(Pattern.compile("(?i)^(st[0-9]|seagate)"), "seagate"),
            Map.entry(Pattern.compile("(?i)^(intel|ssdpe|ssdsc)"), "intel"),
            Map.entry(Pattern.compile("(?i)^(toshiba|kioxia|kxg|kpm|al1[0-9]|mg0[0-9]|thnsn)"), "toshiba"),
            Map.entry(Pattern.compile("(?i)^(kingston|sa400|sedc)"), "kingston"),
            Map.entry(Pattern.compile("(?i)^(sandisk)"), "sandisk"),
            Map.entry(Pattern.compile("(?i)^(hynix|sk ?hynix|hfs|hma|hmaa)"), "skhynix"),
            Map.entry(Pattern.compile("(?i)^(m3[0-9]{2}a|m47[0-9]b)"), "samsung"));

    private VendorNames() {
    }

    private static void alias(String token, String... spellings) {
        for (String spelling : spellings) {
            NAMES.put(spelling, token);
        }
    }

    /**
     * The vendor token for a raw manufacturer string, or null when the string names no vendor (empty, a
     * placeholder such as "Not Specified", "Unknown", "NO DIMM", or the transport name "ATA").
     */
    public static String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        String trimmed = raw.trim();
        if (trimmed.isEmpty() || Placeholders.isPlaceholderVendor(trimmed)) {
            return null;
        }
        String jedec = fromJedec(trimmed);
        if (jedec != null) {
            return jedec;
        }
        String squashed = squash(trimmed);
        if (squashed.isEmpty() || squashed.equals("ata") || squashed.equals("0000")) {
            return null;
        }
        for (Map.Entry<String, String> alias : NAMES.entrySet()) {
            if (squashed.startsWith(alias.getKey()) && matchesWord(squashed, alias.getKey())) {
                return alias.getValue();
            }
        }
        return squashed;
    }

    /** The vendor a model string names by its prefix ({@code "ATA "} stripped first), or null. */
    public static String fromModel(String model) {
        if (model == null) {
            return null;
        }
        String stripped = stripAtaPrefix(model.trim());
        for (Map.Entry<Pattern, String> prefix : MODEL_PREFIXES) {
            if (prefix.getKey().matcher(stripped).find()) {
                return prefix.getValue();
            }
        }
        return null;
    }

    /** The vendor from the vendor field, else from the model. */
    public static String resolve(String rawVendor, String model) {
        String vendor = normalize(rawVendor);
        return vendor != null ? vendor : fromModel(model);
    }

    /** {@code "ATA     HGST HUS72"} becomes {@code "HGST HUS72"}: "ATA" is the SAT transport, not the maker. */
    public static String stripAtaPrefix(String model) {
        if (model == null) {
            return null;
        }
        String trimmed = model.trim();
        if (trimmed.regionMatches(true, 0, "ATA ", 0, 4)) {
            return trimmed.substring(4).trim();
        }
        return trimmed;
    }

    private static String fromJedec(String raw) {
        Matcher idFirst = JEDEC_ID_FIRST.matcher(raw);
        if (idFirst.matches()) {
            String hex = idFirst.group(1).toUpperCase(Locale.ROOT);
            int bank = 0;
            while (hex.startsWith("7F") && hex.length() > 2) {
                bank++;
                hex = hex.substring(2);
            }
            return JEDEC.get(String.format(Locale.ROOT, "%02X", bank) + hex.substring(0, 2));
        }
        Matcher bankFirst = JEDEC_BANK_FIRST.matcher(raw);
        if (bankFirst.matches()) {
            return JEDEC.get(bank(bankFirst.group(1)) + bankFirst.group(2).toUpperCase(Locale.ROOT));
        }
        return null;
    }

    private static String bank(String hexByte) {
        int value = Integer.parseInt(hexByte, 16) & 0x7F;
        return String.format(Locale.ROOT, "%02X", value);
    }

    private static boolean matchesWord(String squashed, String alias) {
        // "wd" must not swallow unrelated names; the short aliases only match the whole token or a digit after.
        if (alias.length() > 3) {
            return true;
        }
        return squashed.length() == alias.length() || Character.isDigit(squashed.charAt(alias.length()))
                || squashed.startsWith(alias + "inc") || squashed.startsWith(alias + "corp")
                || squashed.startsWith(alias + "technology");
    }

    private static String squash(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (char c : raw.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
