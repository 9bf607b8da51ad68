package io.reanimator.schemas.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.avro.generic.GenericEnumSymbol;
import org.apache.avro.generic.GenericRecord;

/**
 * Deep comparison of two generic values on the fields of the first one only, so it keeps holding when the
 * current schema gains fields that an older reader does not know.
 */
final class SameFields {

    private SameFields() {
    }

    static void assertSameOnFieldsOf(Object older, Object current, String path) {
        if (older instanceof GenericRecord olderRecord) {
            assertThat(current).as(path).isInstanceOf(GenericRecord.class);
            GenericRecord currentRecord = (GenericRecord) current;
            olderRecord.getSchema().getFields().forEach(field -> assertSameOnFieldsOf(
                    olderRecord.get(field.name()), currentRecord.get(field.name()), path + "." + field.name()));
        } else if (older instanceof List<?> olderList) {
            List<?> currentList = (List<?>) current;
            assertThat(currentList).as(path).hasSameSizeAs(olderList);
            for (int i = 0; i < olderList.size(); i++) {
                assertSameOnFieldsOf(olderList.get(i), currentList.get(i), path + "[" + i + "]");
            }
        } else if (older instanceof Map<?, ?> olderMap) {
            Map<String, Object> olderByKey = byStringKey(olderMap);
            Map<String, Object> currentByKey = byStringKey((Map<?, ?>) current);
            assertThat(currentByKey.keySet()).as(path).isEqualTo(olderByKey.keySet());
            olderByKey.forEach((key, value) ->
                    assertSameOnFieldsOf(value, currentByKey.get(key), path + "{" + key + "}"));
        } else if (older instanceof CharSequence || older instanceof GenericEnumSymbol<?>) {
            // Strings may come back as Utf8 or String, enums as symbols of two different schemas: compare text.
            assertThat(String.valueOf(current)).as(path).isEqualTo(String.valueOf(older));
        } else {
            assertThat(current).as(path).isEqualTo(older);
        }
    }

    private static Map<String, Object> byStringKey(Map<?, ?> map) {
        Map<String, Object> result = new TreeMap<>();
        map.forEach((key, value) -> result.put(String.valueOf(key), value));
        return result;
    }
}
