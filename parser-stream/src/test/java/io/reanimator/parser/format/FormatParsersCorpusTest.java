package io.reanimator.parser.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.reanimator.parser.ipmitool.IpmiFruParser;
import io.reanimator.parser.ipmitool.IpmiSdrParser;
import io.reanimator.parser.ipmitool.IpmiSelParser;
import io.reanimator.parser.nvme.NvmeCliJsonParser;
import io.reanimator.parser.redfish.RedfishParser;
import io.reanimator.parser.report.FileParser;
import io.reanimator.parser.report.FileReport;
import io.reanimator.parser.report.ParseInput;
import io.reanimator.parser.smartctl.SmartctlJsonParser;
import io.reanimator.parser.smartctl.SmartctlTextParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every corpus file of a kind these parsers read parses without an exception: the copies in test resources
 * always, and the shared corpus too when it exists on this machine.
 */
class FormatParsersCorpusTest {

  private static final List<FileParser> PARSERS = List.of(new SmartctlJsonParser(), new SmartctlTextParser(),
      new NvmeCliJsonParser(), new IpmiFruParser(), new IpmiSelParser(), new IpmiSdrParser(), new RedfishParser());
  private static final Map<String, FileParser> BY_KIND = PARSERS.stream()
      .flatMap(p -> p.kinds().stream().map(k -> Map.entry(k, p)))
      .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

  @Test
  void shouldParseEveryCorpusCopyInTestResourcesWithoutException() throws IOException {
    List<String> parsed = parseAllUnder(CorpusFiles.resourceRoot());

    assertThat(parsed).hasSizeGreaterThan(150);
    assertThat(parsed.stream().map(CorpusFiles::kindOf).distinct())
        .containsExactlyInAnyOrderElementsOf(BY_KIND.keySet());
  }

  @Test
  void shouldParseEveryFileOfTheseKindsInTheSharedCorpusWhenPresent() throws IOException {
    if (!Files.isDirectory(CorpusFiles.SHARED)) {
      return;
    }
    List<String> parsed = parseAllUnder(CorpusFiles.SHARED);

    assertThat(parsed).hasSizeGreaterThan(150);
  }

  @Test
  void shouldReadEveryRedfishCorpusFileAsOneTreeInput() throws Exception {
    Path redfish = CorpusFiles.resourceRoot().resolve("redfish");
    List<ParseInput.InputFile> files = new ArrayList<>();
    try (Stream<Path> paths = Files.list(redfish)) {
      paths.sorted().forEach(p -> files.add(new ParseInput.InputFile("redfish/" + p.getFileName(),
          CorpusFiles.read(p))));
    }

    FileReport report = new RedfishParser().parse(new ParseInput("redfish/", "redfish", files));

    assertThat(report.components()).hasSizeGreaterThan(10);
    assertThat(report.asset().serial()).isNotNull();
  }

  @Test
  void shouldGiveTheSameReportsWhenOneParserInstanceIsSharedByManyThreads() throws Exception {
    Path root = CorpusFiles.resourceRoot();
    List<ParseInput> inputs = new ArrayList<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path file : paths.filter(Files::isRegularFile).sorted().toList()) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        String kind = CorpusFiles.kindOf(relative);
        if (kind != null) {
          inputs.add(ParseInput.single(relative, kind, CorpusFiles.read(file)));
        }
      }
    }
    List<String> sequential = new ArrayList<>();
    for (ParseInput input : inputs) {
      sequential.add(BY_KIND.get(input.kind()).parse(input).toString());
    }

    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> concurrent = new ArrayList<>();
      for (int round = 0; round < 3; round++) {
        for (ParseInput input : inputs) {
          concurrent.add(pool.submit(() -> BY_KIND.get(input.kind()).parse(input).toString()));
        }
      }
      for (int i = 0; i < concurrent.size(); i++) {
        assertThat(concurrent.get(i).get()).isEqualTo(sequential.get(i % inputs.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** @return the relative paths parsed; fails on the first file that throws, naming it */
  private static List<String> parseAllUnder(Path root) throws IOException {
    List<String> parsed = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path file : paths.filter(Files::isRegularFile).sorted().toList()) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        String kind = CorpusFiles.kindOf(relative);
        if (kind == null) {
          continue;
        }
        try {
          FileReport report = BY_KIND.get(kind).parse(ParseInput.single(relative, kind, CorpusFiles.read(file)));
          assertThat(report.kind()).isEqualTo(kind);
          parsed.add(relative);
        } catch (Exception | AssertionError e) {
          failures.add(relative + ": " + e);
        }
      }
    }
    assertThat(failures).as("files that failed to parse").isEmpty();
    return parsed;
  }

}
