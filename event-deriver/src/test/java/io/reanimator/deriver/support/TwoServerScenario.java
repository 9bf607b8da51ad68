package io.reanimator.deriver.support;

import static io.reanimator.deriver.support.Observations.smart;

import io.reanimator.avro.ComponentType;
import io.reanimator.avro.HealthStatus;
import io.reanimator.avro.Observation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Two servers over eight days: DIMM M1 moves from A (DIMM_A1) to B (DIMM_B2) and logs an uncorrectable ECC there;
 * SSD D1 moves from A (bay0) to B (bay1) and gets a firmware update (1.0 to 2.0); HDD D2 in B fails SMART for
 * three days running. Bundles: A on days 1, 2, 3, 5, 7; B on days 1, 2, 4, 5, 6, 7.
 */
public final class TwoServerScenario {

    public static final String A = "supermicro|A1";
    public static final String B = "supermicro|B1";
    public static final String DIMM = "samsung|M1";
    public static final String SSD = "intel|D1";
    public static final String HDD = "seagate|D2";

    private TwoServerScenario() {
    }

    public static Instant day(int day) {
        return Instant.parse("2026-03-01T06:00:00Z").plusSeconds(86_400L * (day - 1));
    }

    public static List<Observation> observations() {
        List<Observation> all = new ArrayList<>();
        for (int day : new int[] {1, 2, 3, 5, 7}) {
            Observations a = Observations.of(A, "A-" + day, day(day)).bios("2.1").site("ams-1");
            if (day <= 3) {
                a.component(ComponentType.DIMM, "Samsung", "M1", "DIMM_A1", null);
            }
            if (day <= 2) {
                a.component(ComponentType.SSD, "Intel", "D1", "bay0", "1.0");
            }
            all.add(a.build());
        }
        for (int day : new int[] {1, 2, 4, 5, 6, 7}) {
            Observations b = Observations.of(B, "B-" + day, day(day)).bios(day < 6 ? "3.0" : "3.1").site("ams-1");
            if (day >= 5) {
                b.component(ComponentType.DIMM, "Samsung", "M1", "DIMM_B2", null);
            }
            if (day >= 4) {
                b.component(ComponentType.SSD, "Intel", "D1", "bay1", day >= 6 ? "2.0" : "1.0");
            }
            boolean failing = day >= 5;
            b.component(ComponentType.HDD, "Seagate", "D2", "bay2", "SN04",
                    smart("smart.overall", failing ? HealthStatus.CRITICAL : HealthStatus.OK, null),
                    smart("smart.reallocated_sectors", failing ? HealthStatus.CRITICAL : HealthStatus.OK,
                            failing ? 180.0 + day : 0.0));
            if (day >= 6) {
                b.sel("Uncorrectable ECC", "DIMM_B2", day(6).minusSeconds(3600));
            }
            all.add(b.build());
        }
        return all;
    }
}
