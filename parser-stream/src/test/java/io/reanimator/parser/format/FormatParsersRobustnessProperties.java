package io.reanimator.parser.format;

import io.reanimator.parser.ipmitool.IpmiFruParser;
import io.reanimator.parser.ipmitool.IpmiSdrParser;
import io.reanimator.parser.ipmitool.IpmiSelParser;
import io.reanimator.parser.nvme.NvmeCliJsonParser;
import io.reanimator.parser.redfish.RedfishParser;
import io.reanimator.parser.report.FileParser;
import io.reanimator.parser.report.ParseInput;
import io.reanimator.parser.report.UnparseableInputException;
import io.reanimator.parser.smartctl.SmartctlJsonParser;
import io.reanimator.parser.smartctl.SmartctlTextParser;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * A parser either returns a report or throws {@link UnparseableInputException}; nothing else escapes, whatever
 * the bytes (a bundle parser must be able to turn every failure into a warning).
 */
class FormatParsersRobustnessProperties {

  private static final List<FileParser> PARSERS = List.of(new SmartctlJsonParser(), new SmartctlTextParser(),
      new NvmeCliJsonParser(), new IpmiFruParser(), new IpmiSelParser(), new IpmiSdrParser(), new RedfishParser());

  /** One corpus file per parser, truncated or mangled by the properties below. */
  private static final List<String> SAMPLES = List.of("smartctl_json/scrutiny__smart-ata.json",
      "smartctl_text/linuxhw-EnterpriseDrive__HDD_DT01ACA200_B0F30E2404BA.txt",
      "nvme_cli/netdata__v2.11_nvme-list.json", "ipmitool/glpi-agent__fru_hp-dl360-gen8.txt",
      "ipmitool/actsys__sel-elist_intel-s2600-class.txt", "ipmitool/rackhd__sdr-v.txt",
      "redfish/dmtf-publications__public-rackmount1_Systems_437XR1138R2.json");

  @Property(tries = 300)
  void shouldOnlyEverThrowUnparseableOnArbitraryText(@ForAll("parsers") FileParser parser, @ForAll String text) {
    parseOrUnparseable(parser, text.getBytes(StandardCharsets.UTF_8));
  }

  @Property(tries = 300)
  void shouldSurviveTruncatedCorpusFiles(@ForAll("samples") int sample, @ForAll @IntRange(max = 100) int percent) {
    byte[] content = CorpusFiles.bytes(SAMPLES.get(sample));
    byte[] truncated = Arrays.copyOf(content, content.length * percent / 100);
    parseOrUnparseable(PARSERS.get(sample), truncated);
  }

  @Property(tries = 300)
  void shouldSurviveCorpusFilesWithALineReplaced(@ForAll("samples") int sample, @ForAll @IntRange(max = 500) int line,
      @ForAll String replacement) {
    String[] lines = new String(CorpusFiles.bytes(SAMPLES.get(sample)), StandardCharsets.UTF_8).split("\n", -1);
    lines[line % lines.length] = replacement;
    parseOrUnparseable(PARSERS.get(sample), String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
  }

  @Provide
  Arbitrary<FileParser> parsers() {
    return Arbitraries.of(PARSERS);
  }

  @Provide
  Arbitrary<Integer> samples() {
    return Arbitraries.integers().between(0, SAMPLES.size() - 1);
  }

  private static void parseOrUnparseable(FileParser parser, byte[] content) {
    String kind = parser.kinds().iterator().next();
    try {
      parser.parse(ParseInput.single("input", kind, content));
    } catch (UnparseableInputException expected) {
      // the one failure a parser may report
    }
  }
}
