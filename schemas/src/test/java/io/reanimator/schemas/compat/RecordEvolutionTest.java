package io.reanimator.schemas.compat;

import static org.assertj.core.api.Assertions.assertThat;

import io.reanimator.avro.ComponentSnapshot;
import io.reanimator.avro.ComponentType;
import io.reanimator.avro.Observation;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real bytes across versions: a consumer built on published v1 reads records written with the current classes,
 * and the current classes read records written with v1, field by field.
 */
class RecordEvolutionTest {

    static Stream<Named<SpecificRecord>> samples() {
        return SampleRecords.all().stream().map(record -> Named.of(record.getSchema().getName(), record));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void shouldKeepEveryV1FieldWhenCurrentDataIsReadWithV1Reader(SpecificRecord record) {
        // given
        Schema current = record.getSchema();
        Schema v1 = SchemaFiles.publishedV1(current.getName());
        byte[] bytes = AvroBinary.write(record);

        // when
        GenericRecord readByV1 = AvroBinary.readGeneric(bytes, current, v1);

        // then
        GenericRecord asWritten = AvroBinary.readGeneric(bytes, current, current);
        SameFields.assertSameOnFieldsOf(readByV1, asWritten, current.getName());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void shouldKeepEveryV1FieldWhenV1DataIsReadWithCurrentClass(SpecificRecord record) {
        // given: a record as a v1 producer would write it
        Schema current = record.getSchema();
        Schema v1 = SchemaFiles.publishedV1(current.getName());
        GenericRecord v1Record = AvroBinary.readGeneric(AvroBinary.write(record), current, v1);
        byte[] v1Bytes = AvroBinary.write(v1, v1Record);

        // when
        SpecificRecord readByCurrent = AvroBinary.readSpecific(v1Bytes, v1, current);

        // then
        assertThat(readByCurrent).isInstanceOf(record.getClass());
        GenericRecord currentView = AvroBinary.readGeneric(AvroBinary.write(readByCurrent), current, current);
        SameFields.assertSameOnFieldsOf(v1Record, currentView, current.getName());
    }

    @Test
    void shouldDecodeTypedValuesWhenObservationWrittenWithV1IsReadWithCurrentClass() {
        // given
        Observation written = SampleRecords.observation();
        Schema v1 = SchemaFiles.publishedV1("Observation");
        GenericRecord v1Record = AvroBinary.readGeneric(AvroBinary.write(written), Observation.SCHEMA$, v1);

        // when
        Observation read = AvroBinary.readSpecific(AvroBinary.write(v1, v1Record), v1, Observation.SCHEMA$);

        // then
        assertThat(read.getCollectedAt()).isEqualTo(SampleRecords.COLLECTED);
        assertThat(read.getAsset().getIdentity().getKey()).isEqualTo(SampleRecords.ASSET);
        ComponentSnapshot dimm = read.getComponents().get(0);
        assertThat(dimm.getType()).isEqualTo(ComponentType.DIMM);
        assertThat(dimm.getFirmware()).isNull();
        assertThat(dimm.getHealth().get(0).getNumericValue()).isEqualTo(2.0);
        assertThat(read.getLogEvents().get(0).getSlotHint()).isEqualTo("DIMM_B2");
    }

    @Test
    void shouldCarryInstantsAsEpochMicrosWhenReadWithoutGeneratedClasses() {
        // given: analytics consumers often read with generic readers, which see the raw long
        Observation written = SampleRecords.observation();
        Schema v1 = SchemaFiles.publishedV1("Observation");

        // when
        GenericRecord read = AvroBinary.readGeneric(AvroBinary.write(written), Observation.SCHEMA$, v1);

        // then
        long micros = SampleRecords.COLLECTED.getEpochSecond() * 1_000_000L + 123_456L;
        assertThat(read.get("collectedAt")).isEqualTo(micros);
        assertThat(((List<?>) read.get("components"))).hasSize(1);
    }
}
