package io.reanimator.embedded.registry;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes calls below {@value #BASE_PATH} to the groups and ids endpoints and turns every refusal into
 * Apicurio's error JSON, so the client raises the typed exception it would raise against Apicurio.
 */
final class RegistryHttpHandler implements HttpHandler {

    static final String BASE_PATH = "/apis/registry/v2";
    private static final Logger LOG = LoggerFactory.getLogger(RegistryHttpHandler.class);

    private final ObjectMapper mapper;
    private final GroupsApi groups;
    private final IdsApi ids;

    RegistryHttpHandler(ObjectMapper mapper, GroupsApi groups, IdsApi ids) {
        this.mapper = mapper;
        this.groups = groups;
        this.ids = ids;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        LOG.debug("{} {}", exchange.getRequestMethod(), exchange.getRequestURI());
        try {
            ApiExchange call = new ApiExchange(exchange, mapper,
                    path.startsWith(BASE_PATH + "/") ? path.substring(BASE_PATH.length()) : "");
            route(call);
        } catch (RegistryException e) {
            LOG.debug("{} {} refused: {} {}", exchange.getRequestMethod(), path, e.status(), e.getMessage());
            new ApiExchange(exchange, mapper, "").respondJson(e.status(), ApiJson.error(e));
        } catch (RuntimeException e) {
            LOG.warn("{} {} failed", exchange.getRequestMethod(), path, e);
            RegistryException error = RegistryException.serverError(e);
            new ApiExchange(exchange, mapper, "").respondJson(error.status(), ApiJson.error(error));
        } finally {
            exchange.close();
        }
    }

    private void route(ApiExchange call) {
        String root = call.segments().isEmpty() ? "" : call.segments().get(0);
        switch (root) {
            case "groups" -> groups.handle(call);
            case "ids" -> ids.handle(call);
            default -> throw RegistryException.notFound("No endpoint " + call.method() + " " + call.path()
                    + "; the local registry serves the Apicurio v2 API below " + BASE_PATH);
        }
    }
}
