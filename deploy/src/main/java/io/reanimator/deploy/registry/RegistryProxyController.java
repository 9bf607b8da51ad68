package io.reanimator.deploy.registry;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Set;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/**
 * The schema registry's API ({@code /apis/registry/v2/...}) on the all-in-one's HTTP port, forwarded to the local
 * registry. Reads are open; writes need the bearer token like every other write.
 */
@Controller(RegistryProxy.BASE_PATH)
@Requires(beans = RegistryProxy.class)
@ExecuteOn(TaskExecutors.BLOCKING)
public final class RegistryProxyController {

    private static final Set<String> FORWARDED_REQUEST_HEADERS = Set.of("content-type", "accept", "x-registry-artifactid",
            "x-registry-artifacttype", "x-registry-version", "x-registry-name", "x-registry-description");

    private final RegistryProxy proxy;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public RegistryProxyController(RegistryProxy proxy) {
        this.proxy = proxy;
    }

    @Get("/{+path}")
    public HttpResponse<byte[]> get(HttpRequest<?> request, @PathVariable String path) throws InterruptedException {
        return forward(request, path, null);
    }

    @Post("/{+path}")
    public HttpResponse<byte[]> post(HttpRequest<?> request, @PathVariable String path, @Nullable @Body byte[] body)
            throws InterruptedException {
        return forward(request, path, body);
    }

    @Put("/{+path}")
    public HttpResponse<byte[]> put(HttpRequest<?> request, @PathVariable String path, @Nullable @Body byte[] body)
            throws InterruptedException {
        return forward(request, path, body);
    }

    @Delete("/{+path}")
    public HttpResponse<byte[]> delete(HttpRequest<?> request, @PathVariable String path)
            throws InterruptedException {
        return forward(request, path, null);
    }

    private HttpResponse<byte[]> forward(HttpRequest<?> request, String path, byte[] body)
            throws InterruptedException {
        String query = request.getUri().getRawQuery();
        URI target = URI.create(proxy.registryUrl() + "/" + path + (query == null ? "" : "?" + query));
        java.net.http.HttpRequest.Builder forwarded = java.net.http.HttpRequest.newBuilder(target)
                .timeout(Duration.ofSeconds(30))
                .method(request.getMethodName(), body == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                        : java.net.http.HttpRequest.BodyPublishers.ofByteArray(body));
        request.getHeaders().forEach((name, values) -> {
            if (FORWARDED_REQUEST_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                values.forEach(value -> forwarded.header(name, value));
            }
        });
        try {
            java.net.http.HttpResponse<byte[]> answer = http.send(forwarded.build(), BodyHandlers.ofByteArray());
            MutableHttpResponse<byte[]> response = HttpResponse.<byte[]>status(HttpStatus.valueOf(answer.statusCode()))
                    .body(answer.body());
            answer.headers().firstValue("Content-Type").ifPresent(response::contentType);
            return response;
        } catch (IOException e) {
            return HttpResponse.<byte[]>status(HttpStatus.BAD_GATEWAY)
                    .body(("{\"error\":\"registry_unavailable\",\"message\":\"the schema registry did not answer\"}")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
