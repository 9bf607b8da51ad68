package io.reanimator.logbundle.manifest;

import java.util.Set;

/** The file kinds of manifest version 1. A kind outside this set is kept as given, never rejected. */
public final class FileKinds {

    public static final String DMIDECODE = "dmidecode";
    public static final String LSHW_JSON = "lshw-json";
    public static final String SMARTCTL_JSON = "smartctl-json";
    public static final String SMARTCTL_TEXT = "smartctl-text";
    public static final String NVME_JSON = "nvme-json";
    public static final String IPMITOOL_FRU = "ipmitool-fru";
    public static final String IPMITOOL_SEL = "ipmitool-sel";
    public static final String IPMITOOL_SDR = "ipmitool-sdr";
    public static final String REDFISH = "redfish";
    public static final String LSPCI = "lspci";
    public static final String LOG = "log";

    public static final Set<String> KNOWN = Set.of(DMIDECODE, LSHW_JSON, SMARTCTL_JSON, SMARTCTL_TEXT, NVME_JSON,
            IPMITOOL_FRU, IPMITOOL_SEL, IPMITOOL_SDR, REDFISH, LSPCI, LOG);

    private FileKinds() {
    }
}
