package io.reanimator.parser.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reanimator.parser.dmidecode.DmidecodeParser;
import io.reanimator.parser.report.FileParser;
import io.reanimator.parser.report.FileReport;
import io.reanimator.parser.report.ParseInput;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FileParsersTest {

    @Test
    void shouldFindAParserForEachRegisteredKind() {
        FileParsers parsers = FileParsers.all();

        assertThat(parsers.kinds()).contains("dmidecode", "lshw-json", "smartctl-json", "smartctl-text", "nvme-json",
                "ipmitool-fru", "ipmitool-sel", "ipmitool-sdr", "redfish");
        assertThat(parsers.forKind("dmidecode")).get().isInstanceOf(DmidecodeParser.class);
        assertThat(parsers.forKind("lspci")).isEmpty();
    }

    @Test
    void shouldRefuseTwoParsersClaimingOneKind() {
        FileParser other = new FileParser() {
            @Override
            public Set<String> kinds() {
                return Set.of("dmidecode");
            }

            @Override
            public FileReport parse(ParseInput input) {
                throw new UnsupportedOperationException();
            }
        };

        assertThatThrownBy(() -> FileParsers.of(List.of(new DmidecodeParser(), other)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'dmidecode' is claimed by both");
    }

    @Test
    void shouldGroupTreeKindsByDirectoryAndKeepOtherFilesSingle() {
        var contents = new java.util.LinkedHashMap<String, byte[]>();
        contents.put("dmidecode.txt", new byte[0]);
        contents.put("redfish/v1/Systems/1.json", new byte[0]);
        contents.put("redfish/v1/Chassis/1.json", new byte[0]);
        contents.put("crawl.json", new byte[0]);
        var kinds = java.util.Map.of("dmidecode.txt", "dmidecode", "redfish/v1/Systems/1.json", "redfish",
                "redfish/v1/Chassis/1.json", "redfish", "crawl.json", "redfish");

        List<ParseInput> inputs = BundleReader.group(contents, kinds, List.of());

        assertThat(inputs).extracting(ParseInput::path).containsExactly("dmidecode.txt", "redfish/", "crawl.json");
        assertThat(inputs.get(1).files()).hasSize(2);
    }
}
