package io.reanimator.gateway.auth;

import java.util.Map;
import java.util.Optional;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterPatternStyle;
import io.micronaut.core.annotation.Nullable;

/**
 * Refuses every write (anything but GET, HEAD and OPTIONS) without a valid bearer token, before the body is read.
 * The principal is kept on the request for the bundle's {@code uploadedBy}.
 */
@ServerFilter(value = "/**", patternStyle = FilterPatternStyle.ANT)
public final class BearerTokenFilter {

    public static final String PRINCIPAL_ATTRIBUTE = "reanimator.principal";

    private final ApiTokens tokens;

    public BearerTokenFilter(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @RequestFilter
    @Nullable
    public MutableHttpResponse<?> authenticate(HttpRequest<?> request) {
        HttpMethod method = request.getMethod();
        if (method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS) {
            return null;
        }
        String header = request.getHeaders().getAuthorization().orElse(null);
        String token = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim() : null;
        Optional<String> principal = tokens.principalOf(token);
        if (principal.isPresent()) {
            request.setAttribute(PRINCIPAL_ATTRIBUTE, principal.get());
            return null;
        }
        return HttpResponse.status(HttpStatus.UNAUTHORIZED)
                .header("WWW-Authenticate", "Bearer realm=\"reanimator\"")
                .body(Map.of("error", "unauthorized",
                        "message", header == null ? "a bearer token is required for writes"
                                : "the bearer token is not valid"));
    }
}
