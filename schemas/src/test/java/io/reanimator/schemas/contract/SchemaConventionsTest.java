package io.reanimator.schemas.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.reanimator.avro.DeadLetter;
import io.reanimator.avro.FailureEvent;
import io.reanimator.avro.Installation;
import io.reanimator.avro.LogBundle;
import io.reanimator.avro.Observation;
import io.reanimator.avro.Ticket;
import io.reanimator.avro.TimelineEvent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.avro.JsonProperties;
import org.apache.avro.Schema;
import org.apache.avro.Schema.Field;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract rules of STYLE.md section 7, checked on every type reachable from a topic value, so a new field
 * cannot quietly break them.
 */
class SchemaConventionsTest {

    static Stream<Named<Schema>> topicValues() {
        return Stream.of(LogBundle.SCHEMA$, Observation.SCHEMA$, Installation.SCHEMA$, TimelineEvent.SCHEMA$,
                FailureEvent.SCHEMA$, Ticket.SCHEMA$, DeadLetter.SCHEMA$)
                .map(schema -> Named.of(schema.getName(), schema));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topicValues")
    void shouldFollowContractRulesWhenTypeIsReachableFromATopicValue(Schema topicValue) {
        // given
        List<String> violations = new ArrayList<>();

        // when
        visit(topicValue, new HashSet<>(), violations);

        // then
        assertThat(violations).isEmpty();
    }

    private static void visit(Schema schema, Set<String> seen, List<String> violations) {
        switch (schema.getType()) {
            case RECORD -> {
                if (seen.add(schema.getFullName())) {
                    requireDoc(schema.getDoc(), schema.getFullName(), violations);
                    schema.getFields().forEach(field -> checkField(schema, field, seen, violations));
                }
            }
            case ENUM -> {
                requireDoc(schema.getDoc(), schema.getFullName(), violations);
                if (schema.getEnumDefault() == null) {
                    violations.add(schema.getFullName() + ": enum without a default symbol");
                }
            }
            case ARRAY -> visit(schema.getElementType(), seen, violations);
            case MAP -> visit(schema.getValueType(), seen, violations);
            case UNION -> schema.getTypes().forEach(branch -> visit(branch, seen, violations));
            default -> {
            }
        }
    }

    private static void checkField(Schema record, Field field, Set<String> seen, List<String> violations) {
        String where = record.getName() + "." + field.name();
        requireDoc(field.doc(), where, violations);
        Schema type = field.schema();
        if (type.isNullable()) {
            boolean nullFirst = type.isUnion() && type.getTypes().size() == 2
                    && type.getTypes().get(0).getType() == Schema.Type.NULL;
            if (!nullFirst || field.defaultVal() != JsonProperties.NULL_VALUE) {
                violations.add(where + ": nullable fields must be [\"null\", T] with default null");
            }
        }
        if (type.getType() == Schema.Type.ARRAY && !List.of().equals(field.defaultVal())) {
            violations.add(where + ": arrays must default to []");
        }
        if (type.getType() == Schema.Type.MAP && !java.util.Map.of().equals(field.defaultVal())) {
            violations.add(where + ": maps must default to {}");
        }
        if (looksLikeInstant(field.name()) && !isTimestampMicros(type)) {
            violations.add(where + ": instants must be long timestamp-micros");
        }
        visit(type, seen, violations);
    }

    private static boolean looksLikeInstant(String name) {
        return name.endsWith("At") || name.endsWith("NotBefore") || name.equals("notBefore");
    }

    private static boolean isTimestampMicros(Schema type) {
        Schema value = type.isUnion() ? type.getTypes().get(type.getTypes().size() - 1) : type;
        return value.getType() == Schema.Type.LONG && value.getLogicalType() != null
                && "timestamp-micros".equals(value.getLogicalType().getName());
    }

    private static void requireDoc(String doc, String where, List<String> violations) {
        if (doc == null || doc.isBlank()) {
            violations.add(where + ": missing doc");
        }
    }
}
