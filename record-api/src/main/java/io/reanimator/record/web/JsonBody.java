package io.reanimator.record.web;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A JSON object request body, read field by field; every problem (malformed JSON, unknown or missing field, bad
 * value) is collected and {@link #check()} answers them all in one 400.
 */
public final class JsonBody {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode root;
    private final List<String> problems = new ArrayList<>();

    private JsonBody(JsonNode root) {
        this.root = root;
    }

    /** @throws ApiException 400 when the body is not one JSON object or names fields outside {@code known} */
    public static JsonBody parse(String body, Set<String> known) {
        JsonNode root;
        try {
            root = body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("the body is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw ApiException.badRequest("the body must be a JSON object");
        }
        JsonBody parsed = new JsonBody(root);
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                parsed.problems.add("unknown field '" + name + "'; known: " + new TreeSet<>(known));
            }
        }
        return parsed;
    }

    /** A string field: null when absent or null and not required; checked against {@code pattern} when given. */
    public String text(String name, boolean required, int maxLength, Pattern pattern, String rule) {
        JsonNode node = root.get(name);
        if (node == null || node.isNull()) {
            if (required) {
                problems.add("field '" + name + "' is required");
            }
            return null;
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            problems.add("field '" + name + "' must be a non-empty string");
            return null;
        }
        String value = node.asText().trim();
        if (value.length() > maxLength) {
            problems.add("field '" + name + "' is longer than " + maxLength + " characters");
            return null;
        }
        if (pattern != null && !pattern.matcher(value).matches()) {
            problems.add("field '" + name + "' " + rule + ", was '" + value + "'");
            return null;
        }
        return value;
    }

    public Long longValue(String name, long min) {
        JsonNode node = root.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.asLong() < min) {
            problems.add("field '" + name + "' must be a whole number of at least " + min);
            return null;
        }
        return node.asLong();
    }

    public int intValue(String name, int fallback) {
        JsonNode node = root.get(name);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            problems.add("field '" + name + "' must be a whole number");
            return fallback;
        }
        return node.asInt();
    }

    public void problem(String problem) {
        problems.add(problem);
    }

    /** @throws ApiException 400 listing every problem found so far */
    public void check() {
        if (!problems.isEmpty()) {
            throw ApiException.badRequest("the body has " + problems.size() + " problem(s)", problems);
        }
    }
}
