package io.reanimator.embedded.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import io.apicurio.registry.rest.client.RegistryClient;
import io.apicurio.registry.rest.client.RegistryClientFactory;
import io.apicurio.registry.rest.client.exception.ArtifactNotFoundException;
import io.apicurio.registry.rest.client.exception.VersionNotFoundException;
import io.apicurio.registry.rest.v2.beans.ArtifactMetaData;
import io.apicurio.registry.rest.v2.beans.IfExists;
import io.apicurio.registry.rest.v2.beans.VersionMetaData;
import io.apicurio.registry.types.ArtifactState;

import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 2.6 {@link RegistryClient} itself parses every answer the serdes depend on. */
class LocalSchemaRegistryClientTest {

    @TempDir
    Path dataDir;

    private LocalSchemaRegistry registry;
    private RegistryClient client;

    @BeforeEach
    void start() {
        registry = new LocalSchemaRegistry(dataDir, 0).start();
        client = RegistryClientFactory.create(registry.url());
    }

    @AfterEach
    void stop() throws IOException {
        client.close();
        registry.close();
    }

    @Test
    void shouldAnswerMetaDataTheClientParsesWhenArtifactIsCreated() {
        // when
        ArtifactMetaData created = client.createArtifact(null, "customers-value", null, "AVRO",
                IfExists.RETURN_OR_UPDATE, false, stream(Customers.text(Customers.V1)));
        ArtifactMetaData latest = client.getArtifactMetaData(null, "customers-value");
        VersionMetaData version = client.getArtifactVersionMetaData(null, "customers-value", "1");

        // then
        assertThat(latest.getGlobalId()).isEqualTo(created.getGlobalId());
        assertThat(latest.getContentId()).isEqualTo(created.getContentId());
        assertThat(latest.getVersion()).isEqualTo("1");
        assertThat(latest.getState()).isEqualTo(ArtifactState.ENABLED);
        assertThat(latest.getCreatedOn()).isNotNull();
        assertThat(version.getGlobalId()).isEqualTo(created.getGlobalId());
        assertThat(client.getArtifactReferencesByGlobalId(created.getGlobalId())).isEmpty();
    }

    @Test
    void shouldFindVersionByContentIgnoringFormattingWhenLookupIsCanonical() {
        // given
        ArtifactMetaData created = client.createArtifact(null, "customers-value", null, "AVRO",
                IfExists.RETURN_OR_UPDATE, false, stream(Customers.text(Customers.V1)));
        String reformatted = Customers.schema(Customers.V1).toString(true);

        // when
        VersionMetaData found = client.getArtifactVersionMetaDataByContent(null, "customers-value", true,
                stream(reformatted));

        // then
        assertThat(found.getGlobalId()).isEqualTo(created.getGlobalId());
    }

    @Test
    void shouldServeSchemaTheClientCanParseWhenFetchedByGlobalId() throws IOException {
        // given
        ArtifactMetaData created = client.createArtifact(null, "customers-value", null, "AVRO",
                IfExists.RETURN_OR_UPDATE, false, stream(Customers.text(Customers.V1)));

        // when
        try (InputStream content = client.getContentByGlobalId(created.getGlobalId(), false, false)) {
            Schema schema = new Schema.Parser().parse(new String(content.readAllBytes(), StandardCharsets.UTF_8));

            // then
            assertThat(schema).isEqualTo(Customers.schema(Customers.V1));
        }
    }

    @Test
    void shouldRaiseTypedNotFoundExceptionsWhenArtifactOrVersionIsAbsent() {
        // given
        client.createArtifact(null, "customers-value", null, "AVRO", IfExists.RETURN_OR_UPDATE, false,
                stream(Customers.text(Customers.V1)));

        // when / then
        assertThatThrownBy(() -> client.getArtifactMetaData(null, "absent-value"))
                .isInstanceOf(ArtifactNotFoundException.class);
        assertThatThrownBy(() -> client.getArtifactVersionMetaData(null, "customers-value", "7"))
                .isInstanceOf(VersionNotFoundException.class);
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
