package io.reanimator.record.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.micronaut.http.HttpParameters;
import io.micronaut.http.HttpRequest;

/**
 * The query string of one request, checked against the parameters the endpoint knows. An unknown name, a
 * repeated one or an unparseable value is a 400 naming it; values are only ever bound to SQL parameters.
 */
public final class QueryParams {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;
    static final int MAX_VALUE_LENGTH = 512;

    private final HttpParameters parameters;

    private QueryParams(HttpParameters parameters) {
        this.parameters = parameters;
    }

    /** @throws ApiException 400 listing every unknown, repeated or overlong parameter */
    public static QueryParams of(HttpRequest<?> request, Set<String> known) {
        HttpParameters parameters = request.getParameters();
        List<String> problems = new ArrayList<>();
        for (String name : new TreeSet<>(parameters.names())) {
            if (!known.contains(name)) {
                problems.add("unknown parameter '" + name + "'; known: " + new TreeSet<>(known));
            } else if (parameters.getAll(name).size() > 1) {
                problems.add("parameter '" + name + "' is given more than once");
            } else if (parameters.get(name).length() > MAX_VALUE_LENGTH) {
                problems.add("parameter '" + name + "' is longer than " + MAX_VALUE_LENGTH + " characters");
            }
        }
        if (!problems.isEmpty()) {
            throw ApiException.badRequest("bad query parameters", problems);
        }
        return new QueryParams(parameters);
    }

    /** The value, or empty when absent; a blank value is a 400 (a filter on nothing is a mistake). */
    public Optional<String> text(String name) {
        String value = parameters.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value.isBlank()) {
            throw ApiException.badRequest("parameter '" + name + "' is empty");
        }
        return Optional.of(value.trim());
    }

    public Optional<Instant> instant(String name) {
        return text(name).map(value -> {
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException e) {
                throw ApiException.badRequest("parameter '" + name + "' must be an ISO-8601 instant such as "
                        + "2026-03-01T12:00:00Z, was '" + value + "'");
            }
        });
    }

    public boolean flag(String name) {
        return text(name).map(value -> switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.badRequest("parameter '" + name + "' must be true or false, was '"
                    + value + "'");
        }).orElse(false);
    }

    /** {@code limit}: 1 to {@value #MAX_LIMIT}, default {@value #DEFAULT_LIMIT}. */
    public int limit() {
        return text("limit").map(value -> {
            try {
                int limit = Integer.parseInt(value);
                if (limit >= 1 && limit <= MAX_LIMIT) {
                    return limit;
                }
            } catch (NumberFormatException e) {
                // answered below with the same message as a value out of range
            }
            throw ApiException.badRequest("parameter 'limit' must be a whole number from 1 to " + MAX_LIMIT
                    + ", was '" + value + "'");
        }).orElse(DEFAULT_LIMIT);
    }
}
