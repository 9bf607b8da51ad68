package io.reanimator.embedded.registry;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;

/**
 * One HTTP exchange seen as a REST call below the API base path: decoded path segments, query
 * parameters, headers, body, and the two kinds of answer (JSON and raw schema content).
 */
final class ApiExchange {

    private static final String JSON = "application/json";

    private final HttpExchange exchange;
    private final ObjectMapper mapper;
    private final List<String> segments;
    private final Map<String, String> query;

    ApiExchange(HttpExchange exchange, ObjectMapper mapper, String pathBelowBase) {
        this.exchange = exchange;
        this.mapper = mapper;
        this.segments = decodeSegments(pathBelowBase);
        this.query = decodeQuery(exchange.getRequestURI().getRawQuery());
    }

    String method() {
        return exchange.getRequestMethod();
    }

    String path() {
        return exchange.getRequestURI().getPath();
    }

    List<String> segments() {
        return segments;
    }

    String query(String name) {
        return query.get(name);
    }

    String header(String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    String body() {
        try {
            return new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    <T> T bodyAs(Class<T> type) {
        try {
            return mapper.readValue(body(), type);
        } catch (IOException e) {
            throw RegistryException.badRequest("Request body is not the expected JSON: " + e.getMessage());
        }
    }

    void respondJson(int status, Object value) {
        try {
            send(status, JSON, mapper.writeValueAsBytes(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Schema text, with the headers Apicurio adds to content responses. */
    void respondContent(StoredVersion version, String content) {
        exchange.getResponseHeaders().set("X-Registry-ArtifactType", version.type());
        exchange.getResponseHeaders().set("X-Registry-GlobalId", String.valueOf(version.globalId()));
        exchange.getResponseHeaders().set("X-Registry-ContentId", String.valueOf(version.contentId()));
        send(200, JSON, content.getBytes(StandardCharsets.UTF_8));
    }

    private void send(int status, String contentType, byte[] body) {
        try {
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> decodeSegments(String path) {
        List<String> decoded = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                // The client encodes path parameters with URLEncoder, so '+' is a space here too.
                decoded.add(URLDecoder.decode(segment, StandardCharsets.UTF_8));
            }
        }
        return List.copyOf(decoded);
    }

    private static Map<String, String> decodeQuery(String rawQuery) {
        Map<String, String> decoded = new HashMap<>();
        if (rawQuery == null) {
            return decoded;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            decoded.putIfAbsent(name, value);
        }
        return decoded;
    }
}
