package io.reanimator.schemas.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every topic value schema as built now must stay FULL-compatible with its first published version. */
class PublishedSchemaCompatibilityTest {

    static Stream<Named<Schema>> currentSchemas() {
        return SampleRecords.all().stream().map(SpecificRecord::getSchema)
                .map(schema -> Named.of(schema.getName(), schema));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("currentSchemas")
    void shouldReadPublishedV1DataWhenReaderUsesCurrentSchema(Schema current) {
        // given
        Schema v1 = SchemaFiles.publishedV1(current.getName());

        // when
        SchemaCompatibilityType result = SchemaCompatibility.checkReaderWriterCompatibility(current, v1).getType();

        // then
        assertThat(result).isEqualTo(SchemaCompatibilityType.COMPATIBLE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("currentSchemas")
    void shouldReadCurrentDataWhenReaderUsesPublishedV1(Schema current) {
        // given
        Schema v1 = SchemaFiles.publishedV1(current.getName());

        // when
        SchemaCompatibilityType result = SchemaCompatibility.checkReaderWriterCompatibility(v1, current).getType();

        // then
        assertThat(result).isEqualTo(SchemaCompatibilityType.COMPATIBLE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("currentSchemas")
    void shouldPassFullRuleWhenCandidateIsCurrentSchema(Schema current) {
        // given
        Schema v1 = SchemaFiles.publishedV1(current.getName());

        // when
        CompatibilityResult result = SchemaCompatibilityRule.FULL.check(v1, current);

        // then
        assertThat(result.messages()).isEmpty();
        assertThat(result.compatible()).isTrue();
    }

    @Test
    void shouldHavePublishedV1WhenARecordIsDefinedAtTheTopOfTheSchemaFolder() throws IOException {
        // given: top-level .avsc files are topic values; shared types live in common/
        List<String> topLevel;
        try (Stream<Path> files = Files.list(Path.of("src/main/avro"))) {
            topLevel = files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".avsc")).sorted().toList();
        }

        // when
        List<String> published;
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/published/v1"))) {
            published = files.map(path -> path.getFileName().toString()).sorted().toList();
        }

        // then
        assertThat(topLevel).isNotEmpty();
        assertThat(published).containsExactlyElementsOf(topLevel);
        assertThat(currentSchemas().map(named -> named.getName() + ".avsc").sorted().toList())
                .as("SampleRecords covers every topic value")
                .containsExactlyElementsOf(topLevel);
    }
}
