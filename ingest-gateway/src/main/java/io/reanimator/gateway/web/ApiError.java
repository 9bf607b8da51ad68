package io.reanimator.gateway.web;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;

/** The one shape of every error answer: a machine-readable code, a sentence for people, and the full list of problems. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ApiError(String error, String message, List<String> problems) {

    public static MutableHttpResponse<ApiError> of(HttpStatus status, String error, String message, List<String> problems) {
        return HttpResponse.<ApiError>status(status).body(new ApiError(error, message, problems));
    }

    public static MutableHttpResponse<ApiError> badRequest(String message) {
        return of(HttpStatus.BAD_REQUEST, "bad_request", message, List.of());
    }

    public static MutableHttpResponse<ApiError> notFound(String message) {
        return of(HttpStatus.NOT_FOUND, "not_found", message, List.of());
    }

    public static MutableHttpResponse<ApiError> unsupportedMediaType(String type, Set<String> accepted) {
        return of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type",
                "Content-Type '" + type + "' is not a bundle; send one of " + new TreeSet<>(accepted), List.of());
    }
}
