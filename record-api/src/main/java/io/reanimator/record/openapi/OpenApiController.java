package io.reanimator.record.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * {@code GET /openapi.yml}: the OpenAPI document micronaut-openapi generated from the controllers at compile time
 * (served from the classpath, so it needs no static-resource configuration that could clash with a host).
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
public final class OpenApiController {

    /** Where micronaut-openapi writes the document: {@code META-INF/swagger/<title>-<version>.yml}. */
    static final String DOCUMENT = "META-INF/swagger/reanimator-record-api-1.yml";

    @Get(value = "/openapi.yml", produces = "application/yaml")
    public HttpResponse<String> document() throws IOException {
        try (InputStream in = OpenApiController.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                return HttpResponse.notFound("the OpenAPI document was not generated into this build");
            }
            return HttpResponse.ok(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
