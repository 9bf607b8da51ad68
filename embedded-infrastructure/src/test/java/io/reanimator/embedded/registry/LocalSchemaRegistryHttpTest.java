package io.reanimator.embedded.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Raw HTTP checks of the error shapes and status codes the 2.6 client parses. */
class LocalSchemaRegistryHttpTest {

    @TempDir
    Path dataDir;

    private LocalSchemaRegistry registry;
    private RegistryHttp http;

    @BeforeEach
    void startRegistry() {
        registry = new LocalSchemaRegistry(dataDir, 0).start();
        http = new RegistryHttp(registry.url());
    }

    @AfterEach
    void stopRegistry() {
        registry.close();
    }

    @Test
    void shouldAnswerArtifactNotFoundJsonWhenArtifactIsAbsent() {
        // when
        HttpResponse<String> response = http.get("/groups/default/artifacts/absent-value/meta");

        // then
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode error = RegistryHttp.json(response);
        assertThat(error.get("error_code").asInt()).isEqualTo(404);
        assertThat(error.get("name").asText()).isEqualTo("ArtifactNotFoundException");
        assertThat(error.get("message").asText()).contains("absent-value");
    }

    @Test
    void shouldAnswerNotFoundJsonWhenGlobalIdIsUnknown() {
        // when
        HttpResponse<String> content = http.get("/ids/globalIds/999");
        HttpResponse<String> references = http.get("/ids/globalIds/999/references");

        // then
        assertThat(content.statusCode()).isEqualTo(404);
        assertThat(references.statusCode()).isEqualTo(404);
        assertThat(RegistryHttp.json(content).get("error_code").asInt()).isEqualTo(404);
    }

    @Test
    void shouldAnswerNotFoundJsonWhenPathIsNotPartOfTheApi() {
        // when
        HttpResponse<String> unknownBelowBase = http.get("/search/artifacts");
        HttpResponse<String> outsideBase = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + registry.port() + "/health")).GET().build());

        // then
        assertThat(unknownBelowBase.statusCode()).isEqualTo(404);
        assertThat(RegistryHttp.json(unknownBelowBase).get("name").asText()).isEqualTo("NotFoundException");
        assertThat(outsideBase.statusCode()).isEqualTo(404);
        assertThat(RegistryHttp.json(outsideBase).get("error_code").asInt()).isEqualTo(404);
    }

    @Test
    void shouldReturnExistingVersionWhenSameContentIsRegisteredAgain() {
        // given
        JsonNode first = RegistryHttp.json(http.register("customers-value", Customers.text(Customers.V1)));

        // when
        JsonNode second = RegistryHttp.json(http.register("customers-value", Customers.text(Customers.V1)));

        // then
        assertThat(second.get("globalId").asLong()).isEqualTo(first.get("globalId").asLong());
        assertThat(second.get("version").asText()).isEqualTo("1");
        assertThat(second.get("id").asText()).isEqualTo("customers-value");
        assertThat(second.get("type").asText()).isEqualTo("AVRO");
    }

    @Test
    void shouldServeContentAndEmptyReferencesWhenAskedById() {
        // given
        String schema = Customers.text(Customers.V1);
        JsonNode meta = RegistryHttp.json(http.register("customers-value", schema));

        // when
        HttpResponse<String> byGlobalId = http.get("/ids/globalIds/" + meta.get("globalId").asLong());
        HttpResponse<String> byContentId = http.get("/ids/contentIds/" + meta.get("contentId").asLong());
        HttpResponse<String> byHash = http.get("/ids/contentHashes/" + StoredVersion.sha256(schema));
        HttpResponse<String> references = http.get("/ids/globalIds/" + meta.get("globalId").asLong() + "/references");

        // then
        assertThat(byGlobalId.body()).isEqualTo(schema);
        assertThat(byContentId.body()).isEqualTo(schema);
        assertThat(byHash.body()).isEqualTo(schema);
        assertThat(references.body()).isEqualTo("[]");
    }

    @Test
    void shouldAnswerBadRequestWhenArtifactTypeIsNotAvro() {
        // when
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(registry.url() + "/groups/default/artifacts"))
                .header("X-Registry-ArtifactId", "proto-value")
                .header("X-Registry-ArtifactType", "PROTOBUF")
                .POST(HttpRequest.BodyPublishers.ofString("syntax = \"proto3\";"))
                .build());

        // then
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(RegistryHttp.json(response).get("name").asText()).isEqualTo("InvalidArtifactTypeException");
    }
}
