package io.reanimator.gateway.batch;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.reanimator.gateway.auth.BearerTokenFilter;
import io.reanimator.gateway.ops.IngestMetrics;
import io.reanimator.gateway.web.ApiError;

/**
 * {@code POST /ingest/batch}: many bundles in one request, as {@code multipart/form-data} (one part per bundle) or as
 * an {@code application/x-tar} whose entries are bundles. Answers 200 with one result per item in request order;
 * 413 before reading when the declared length is over the batch limit; 400/413 with the results so far when the
 * body breaks or crosses a limit midway; 503 when the broker failed before any item was accepted.
 */
@Controller("/ingest")
@ExecuteOn(TaskExecutors.BLOCKING)
public final class BatchController {

    static final String TAR = "application/x-tar";
    static final Set<String> ACCEPTED_TYPES = Set.of(MediaType.MULTIPART_FORM_DATA, TAR);
    static final String RETRY_AFTER_SECONDS = "10";

    private final BatchIngestService service;
    private final IngestMetrics metrics;

    public BatchController(BatchIngestService service, IngestMetrics metrics) {
        this.service = service;
        this.metrics = metrics;
    }

    @Post(value = "/batch", consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> upload(HttpRequest<?> request, @Body @Nullable InputStream body) throws IOException {
        MediaType type = request.getContentType().orElse(null);
        if (type == null || !ACCEPTED_TYPES.contains(type.getName())) {
            metrics.unsupportedMediaType();
            return ApiError.unsupportedMediaType(type == null ? "(none)" : type.getName(), ACCEPTED_TYPES);
        }
        long declared = request.getContentLength();
        if (declared > service.limits().maxBytes()) {
            metrics.batch("too_large");
            return ApiError.of(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "batch_too_large", "the batch is larger than "
                    + service.limits().maxBytes() + " bytes; split it into smaller batches", List.of());
        }
        String principal = request.getAttribute(BearerTokenFilter.PRINCIPAL_ATTRIBUTE, String.class).orElse(null);
        // Closing the body when the batch stopped early (a limit, a malformed body, the broker) lets the server
        // discard the unread rest instead of leaving a client blocked in sending it, waiting for our answer.
        try (InputStream content = service.guard(body == null ? InputStream.nullInputStream() : body)) {
            BatchItems items;
            if (TAR.equals(type.getName())) {
                items = new TarBatchItems(content);
            } else {
                String boundary = boundaryOf(type);
                if (boundary == null) {
                    return ApiError.badRequest("multipart/form-data needs a boundary parameter of 1 to 70 characters");
                }
                items = new MultipartBatchItems(content, boundary);
            }
            return answer(service.ingest(items, principal));
        }
    }

    private static MutableHttpResponse<BatchResult> answer(BatchResult result) {
        HttpStatus status = result.error() == null ? HttpStatus.OK
                : result.error().limit() ? HttpStatus.REQUEST_ENTITY_TOO_LARGE : HttpStatus.BAD_REQUEST;
        MutableHttpResponse<BatchResult> response = HttpResponse.<BatchResult>status(status).body(result);
        return result.hasRetries() ? response.header("Retry-After", RETRY_AFTER_SECONDS) : response;
    }

    static String boundaryOf(MediaType type) {
        String boundary = type.getParameters().get("boundary").orElse(null);
        if (boundary != null && boundary.length() >= 2 && boundary.startsWith("\"") && boundary.endsWith("\"")) {
            boundary = boundary.substring(1, boundary.length() - 1);
        }
        return boundary == null || boundary.isEmpty() || boundary.length() > 70 ? null : boundary;
    }
}
