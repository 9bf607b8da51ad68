package io.reanimator.embedded.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.Test;

class FullAvroCompatibilityCheckerTest {

    private final CompatibilityChecker checker = new FullAvroCompatibilityChecker();

    @Test
    void shouldAcceptNewVersionWhenAddedFieldHasDefault() {
        // when
        List<CompatibilityChecker.Violation> violations = checker.findViolations(
                Customers.schema(Customers.V1), Customers.schema(Customers.V2_COMPATIBLE));

        // then
        assertThat(violations).isEmpty();
    }

    @Test
    void shouldReportMissingDefaultWhenAddedFieldHasNone() {
        // when
        List<CompatibilityChecker.Violation> violations = checker.findViolations(
                Customers.schema(Customers.V1), Customers.schema(Customers.V2_INCOMPATIBLE));

        // then
        assertThat(violations).singleElement().satisfies(violation -> {
            assertThat(violation.description()).contains("backward", "READER_FIELD_MISSING_DEFAULT_VALUE");
            assertThat(violation.context()).contains("fields");
        });
    }

    @Test
    void shouldReportBothDirectionsWhenFieldTypeChangesIncompatibly() {
        // given
        Schema withInt = SchemaBuilder.record("Reading").fields().requiredInt("value").endRecord();
        Schema withString = SchemaBuilder.record("Reading").fields().requiredString("value").endRecord();

        // when
        List<CompatibilityChecker.Violation> violations = checker.findViolations(withInt, withString);

        // then
        assertThat(violations).extracting(CompatibilityChecker.Violation::description)
                .anySatisfy(d -> assertThat(d).startsWith("backward"))
                .anySatisfy(d -> assertThat(d).startsWith("forward"));
    }
}
