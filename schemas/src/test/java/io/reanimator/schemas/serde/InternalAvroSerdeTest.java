package io.reanimator.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reanimator.avro.Installation;
import io.reanimator.avro.TimelineEvent;
import io.reanimator.schemas.compat.SampleRecords;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

class InternalAvroSerdeTest {

    @Test
    void shouldRoundTripRecordsWithNullableTimestampsWithoutRegistry() {
        Serde<Installation> serde = InternalAvroSerde.of(Installation.class);
        Installation original = SampleRecords.all().stream()
                .filter(Installation.class::isInstance).map(Installation.class::cast).findFirst().orElseThrow();

        byte[] bytes = serde.serializer().serialize("store-changelog", original);
        Installation copy = serde.deserializer().deserialize("store-changelog", bytes);

        assertThat(copy.toString()).isEqualTo(original.toString());
    }

    @Test
    void shouldRefuseBytesWrittenWithAnotherSchema() {
        Installation installation = SampleRecords.all().stream()
                .filter(Installation.class::isInstance).map(Installation.class::cast).findFirst().orElseThrow();
        byte[] bytes = InternalAvroSerde.of(Installation.class).serializer().serialize("t", installation);

        assertThatThrownBy(() -> InternalAvroSerde.of(TimelineEvent.class).deserializer().deserialize("t", bytes))
                .hasMessageContaining("cannot decode internal record from t");
    }
}
