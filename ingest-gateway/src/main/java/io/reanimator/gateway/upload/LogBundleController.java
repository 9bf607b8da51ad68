package io.reanimator.gateway.upload;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.reanimator.gateway.auth.BearerTokenFilter;
import io.reanimator.gateway.ops.IngestMetrics;
import io.reanimator.gateway.web.ApiError;
import io.reanimator.logbundle.BundleRejectedException;
import io.reanimator.logbundle.RejectionReason;
import io.reanimator.logbundle.rawstore.RawBundleStore;

/** {@code /ingest/logbundle(s)}: upload one bundle, read its metadata, fetch its exact bytes. */
@Controller("/ingest")
@ExecuteOn(TaskExecutors.BLOCKING)
public final class LogBundleController {

    /** Archives are recognized by content; these types only say "binary archive", and a missing type is fine. */
    static final Set<String> ACCEPTED_TYPES = Set.of("application/gzip", "application/x-gzip", "application/x-tar",
            "application/zip", "application/octet-stream", "application/x-compressed-tar");

    private final BundleIngestService service;
    private final RawBundleStore rawStore;
    private final IngestMetrics metrics;

    public LogBundleController(BundleIngestService service, RawBundleStore rawStore, IngestMetrics metrics) {
        this.service = service;
        this.rawStore = rawStore;
        this.metrics = metrics;
    }

    @Post(value = "/logbundle", consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> upload(HttpRequest<?> request, @Body @Nullable InputStream body)
            throws IOException, BundleRejectedException {
        String type = request.getContentType().map(MediaType::getName).orElse(null);
        if (type != null && !ACCEPTED_TYPES.contains(type)) {
            metrics.unsupportedMediaType();
            return ApiError.unsupportedMediaType(type, ACCEPTED_TYPES);
        }
        if (request.getContentLength() > service.maxBundleBytes()) {
            // Refused before reading a byte; the spooler checks again for bodies that declare no length.
            metrics.rejected(RejectionReason.TOO_LARGE);
            throw new BundleRejectedException(RejectionReason.TOO_LARGE,
                    "the bundle is larger than " + service.maxBundleBytes() + " bytes");
        }
        String principal = request.getAttribute(BearerTokenFilter.PRINCIPAL_ATTRIBUTE, String.class).orElse(null);
        // Micronaut binds an empty body as null; the service answers it like any other empty upload.
        InputStream content = body == null ? InputStream.nullInputStream() : body;
        return HttpResponse.accepted().body(service.ingest(content, principal));
    }

    @Get(value = "/logbundles/{id}", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> metadata(@PathVariable String id) throws IOException {
        if (!BundleIds.isValid(id)) {
            return ApiError.badRequest("a bundle id is the 64-character lowercase hex SHA-256 of the bundle");
        }
        return service.metadata(id).<HttpResponse<?>>map(HttpResponse::ok)
                .orElseGet(() -> ApiError.notFound("no bundle " + id));
    }

    @Get(value = "/logbundles/{id}/raw", produces = MediaType.APPLICATION_OCTET_STREAM)
    public HttpResponse<?> raw(@PathVariable String id) throws IOException {
        if (!BundleIds.isValid(id)) {
            return ApiError.badRequest("a bundle id is the 64-character lowercase hex SHA-256 of the bundle");
        }
        if (!rawStore.isPublished(id)) {
            return ApiError.notFound("no bundle " + id);
        }
        StreamedFile file = new StreamedFile(rawStore.open(id), MediaType.APPLICATION_OCTET_STREAM_TYPE);
        return HttpResponse.ok(file)
                .header("Content-Length", String.valueOf(rawStore.size(id)))
                .header("Content-Disposition", "attachment; filename=\"" + id + ".bundle\"");
    }
}
