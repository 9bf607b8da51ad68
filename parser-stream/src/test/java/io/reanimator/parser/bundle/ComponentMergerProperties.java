package io.reanimator.parser.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import io.reanimator.avro.ComponentSnapshot;
import io.reanimator.avro.ComponentType;
import io.reanimator.parser.report.ComponentReport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The merge is a function of the reports, not of the order the files came in the bundle. */
class ComponentMergerProperties {

    private static final List<SourcedComponent> REPORTS = List.of(
            new SourcedComponent("dmi", "dmidecode", new ComponentReport(ComponentType.DIMM, "00CE00B300CE",
                    "M393A4K40CB2-CVF", "M393A4K40CB2-CVF", "3780385B", "A1", null, 32L << 30, "2933 MT/s",
                    Map.of("dimm.rank", "2"), List.of())),
            new SourcedComponent("redfish/", "redfish", new ComponentReport(ComponentType.DIMM, "Samsung",
                    "M393A4K40CB2-CVF", null, "3780385B", "DIMM.Socket.A1", "N/A", 32L << 30, "2933", Map.of(),
                    List.of())),
            new SourcedComponent("lshw.json", "lshw-json", new ComponentReport(ComponentType.DIMM, "Samsung",
                    "M393A4K40CB2", null, "3780385b", "A1", null, 34359738368L, "2933 MHz",
                    Map.of("dimm.rank", "1"), List.of())),
            new SourcedComponent("smart/sda.json", "smartctl-json", new ComponentReport(ComponentType.SSD, "ATA",
                    "SAMSUNG MZ7LH960HAJR-00005", null, "S45NNE0M123456", "/dev/sda", "HXT7404Q", 960197124096L,
                    null, Map.of(), List.of())),
            new SourcedComponent("lshw.json", "lshw-json", new ComponentReport(ComponentType.HDD, null,
                    "SAMSUNG MZ7LH960", null, "S45NNE0M123456", "/dev/sda", "404Q", 960197124096L, null, Map.of(),
                    List.of())),
            new SourcedComponent("dmi", "dmidecode", new ComponentReport(ComponentType.PSU, "DELL", "0NCNFFA02",
                    null, "--", "PSU #1", null, null, null, Map.of(), List.of())));

    @Property
    void mergedComponentsDoNotDependOnReportOrder(@ForAll long seed) {
        List<SourcedComponent> shuffled = new ArrayList<>(REPORTS);
        Collections.shuffle(shuffled, new Random(seed));

        assertThat(render(ComponentMerger.merge(shuffled, "dell|x")))
                .isEqualTo(render(ComponentMerger.merge(REPORTS, "dell|x")));
    }

    private static List<String> render(ComponentMerger.Merged merged) {
        return merged.components().stream()
                .sorted(Comparator.comparing(c -> c.getIdentity().getKey()))
                .map(ComponentSnapshot::toString)
                .toList();
    }
}
