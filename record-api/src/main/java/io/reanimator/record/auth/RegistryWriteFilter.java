package io.reanimator.record.auth;

import java.util.Map;
import java.util.Optional;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterPatternStyle;

/**
 * Refuses every registry write (anything but GET, HEAD and OPTIONS under {@code /registry}) without a valid
 * bearer token. Scoped to {@code /registry/**} so that, embedded next to the gateway, it checks only its own
 * routes; the principal is kept on the request as the change's {@code changedBy}.
 */
@ServerFilter(value = "/registry/**", patternStyle = FilterPatternStyle.ANT)
public final class RegistryWriteFilter {

    public static final String PRINCIPAL_ATTRIBUTE = "reanimator.record-api.principal";

    private final WriteTokens tokens;

    public RegistryWriteFilter(WriteTokens tokens) {
        this.tokens = tokens;
    }

    /** The principal the filter found on a write, or null. */
    public static String principal(HttpRequest<?> request) {
        return request.getAttribute(PRINCIPAL_ATTRIBUTE, String.class).orElse(null);
    }

    @RequestFilter
    @Nullable
    public MutableHttpResponse<?> authenticate(HttpRequest<?> request) {
        HttpMethod method = request.getMethod();
        if (method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS) {
            return null;
        }
        String header = request.getHeaders().getAuthorization().orElse(null);
        String token = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? header.substring(7).trim() : null;
        Optional<String> principal = tokens.principalOf(token);
        if (principal.isPresent()) {
            request.setAttribute(PRINCIPAL_ATTRIBUTE, principal.get());
            return null;
        }
        return HttpResponse.status(HttpStatus.UNAUTHORIZED)
                .header("WWW-Authenticate", "Bearer realm=\"reanimator\"")
                .body(Map.of("error", "unauthorized",
                        "message", header == null ? "a bearer token is required for registry changes"
                                : "the bearer token is not valid"));
    }
}
