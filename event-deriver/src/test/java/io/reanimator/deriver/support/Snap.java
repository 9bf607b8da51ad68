package io.reanimator.deriver.support;

import io.reanimator.deriver.presence.LogRecord;
import io.reanimator.deriver.presence.PartState;
import io.reanimator.deriver.presence.SignalVerdict;
import io.reanimator.deriver.presence.Snapshot;
import io.reanimator.deriver.presence.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds domain snapshots for core tests: {@code Snap.of("srv-1", "b1", 1).part(...).build()}; times in days. */
public final class Snap {

    public static final long DAY = 86_400_000_000L;

    private final String asset;
    private final String bundle;
    private final long at;
    private String bios;
    private String bmc;
    private String site;
    private final List<PartState> parts = new ArrayList<>();
    private final List<LogRecord> logs = new ArrayList<>();

    private Snap(String asset, String bundle, long at) {
        this.asset = asset;
        this.bundle = bundle;
        this.at = at;
    }

    public static Snap of(String asset, String bundle, int day) {
        return new Snap(asset, bundle, day * DAY);
    }

    public static long day(int day) {
        return day * DAY;
    }

    public static PartState part(String key, String type, String slot, String firmware) {
        return new PartState(key, !key.startsWith("slot:"), type, slot, firmware, List.of());
    }

    public static PartState part(String key, String type, String slot, String firmware, String source,
            Verdict verdict) {
        return new PartState(key, !key.startsWith("slot:"), type, slot, firmware,
                List.of(new SignalVerdict(source, verdict, source + " " + verdict, Map.of("reading", 1.0))));
    }

    public Snap part(PartState part) {
        parts.add(part);
        return this;
    }

    public Snap bios(String value) {
        bios = value;
        return this;
    }

    public Snap bmc(String value) {
        bmc = value;
        return this;
    }

    public Snap site(String value) {
        site = value;
        return this;
    }

    public Snap eccIn(String slot, long occurredAt) {
        logs.add(new LogRecord("ecc-" + slot + "-" + occurredAt, occurredAt, "ipmi-sel",
                "Uncorrectable ECC", slot));
        return this;
    }

    public Snapshot build() {
        return new Snapshot(asset, bundle, at, bios, bmc, site, parts, logs);
    }
}
