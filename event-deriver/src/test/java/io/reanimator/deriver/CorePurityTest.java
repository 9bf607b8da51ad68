package io.reanimator.deriver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The domain core stays plain Java: no Kafka, JDBC, Avro or serialization framework in its imports. */
class CorePurityTest {

    private static final List<String> CORE_PACKAGES = List.of("presence", "installation", "firmware", "failure",
            "asset", "component", "history");
    private static final List<String> FORBIDDEN = List.of("org.apache.kafka", "java.sql", "javax.sql",
            "org.apache.avro", "io.reanimator.avro", "com.fasterxml", "io.micrometer", "org.slf4j");

    @Test
    void shouldKeepKafkaJdbcAndAvroOutOfTheCore() throws IOException {
        // given
        Path root = Path.of("src/main/java/io/reanimator/deriver");
        List<String> violations = new ArrayList<>();
        int scanned = 0;
        // when
        for (String pkg : CORE_PACKAGES) {
            try (Stream<Path> files = Files.list(root.resolve(pkg))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    scanned++;
                    for (String line : Files.readAllLines(file)) {
                        String code = line.trim();
                        if ((code.startsWith("import ") || code.contains(" new ") || code.contains("("))
                                && FORBIDDEN.stream().anyMatch(code::contains)) {
                            violations.add(file.getFileName() + ": " + code);
                        }
                    }
                }
            }
        }
        // then
        assertThat(scanned).isGreaterThan(20);
        assertThat(violations).isEmpty();
    }
}
