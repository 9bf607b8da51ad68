package io.reanimator.schemas.compat;

import static org.assertj.core.api.Assertions.assertThat;

import io.reanimator.avro.Observation;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

class SchemaCompatibilityRuleTest {

    private static final Schema BROKEN =
            SchemaFiles.load("/broken/Observation-field-added-without-default.avsc");

    @Test
    void shouldRejectWithReasonWhenCandidateAddsFieldWithoutDefault() {
        // given
        Schema previous = SchemaFiles.publishedV1("Observation");

        // when
        CompatibilityResult result = SchemaCompatibilityRule.FULL.check(previous, BROKEN);

        // then
        assertThat(result.compatible()).isFalse();
        assertThat(result.messages()).singleElement().asString()
                .startsWith("backward")
                .contains("READER_FIELD_MISSING_DEFAULT_VALUE")
                .contains("rackPosition");
    }

    @Test
    void shouldAcceptForwardButNotBackwardWhenCandidateAddsFieldWithoutDefault() {
        // given: old readers skip the unknown field; new readers have no value for it in old data
        Schema previous = Observation.SCHEMA$;

        // when
        CompatibilityResult forward = SchemaCompatibilityRule.FORWARD.check(previous, BROKEN);
        CompatibilityResult backward = SchemaCompatibilityRule.BACKWARD.check(previous, BROKEN);

        // then
        assertThat(forward.compatible()).isTrue();
        assertThat(backward.compatible()).isFalse();
    }

    @Test
    void shouldRejectInBothDirectionsWhenFieldTypeChanges() {
        // given
        Schema previous = new Schema.Parser().parse(
                "{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"n\",\"type\":\"long\"}]}");
        Schema candidate = new Schema.Parser().parse(
                "{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"n\",\"type\":\"string\"}]}");

        // when
        CompatibilityResult result = SchemaCompatibilityRule.FULL.check(previous, candidate);

        // then
        assertThat(result.messages()).hasSize(2)
                .anyMatch(message -> message.startsWith("backward"))
                .anyMatch(message -> message.startsWith("forward"));
        assertThat(result.summary()).contains("TYPE_MISMATCH");
    }

    @Test
    void shouldAcceptWhenCandidateAddsOptionalField() {
        // given
        Schema previous = new Schema.Parser().parse(
                "{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"n\",\"type\":\"long\"}]}");
        Schema candidate = new Schema.Parser().parse("{\"type\":\"record\",\"name\":\"R\",\"fields\":["
                + "{\"name\":\"n\",\"type\":\"long\"},"
                + "{\"name\":\"m\",\"type\":[\"null\",\"string\"],\"default\":null}]}");

        // when
        CompatibilityResult result = SchemaCompatibilityRule.FULL.check(previous, candidate);

        // then
        assertThat(result.compatible()).isTrue();
        assertThat(result.summary()).isEqualTo("compatible");
    }
}
