package io.reanimator.deploy.descriptors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.reanimator.schemas.topic.TopicSpec;

/** Checks shared by the compose and Kubernetes tests. */
final class DescriptorChecks {

    private DescriptorChecks() {
    }

    /**
     * The environment a descriptor gives a service is one the service accepts, names only documented variables
     * (or {@code KAFKA_<PROP>} pass-through), and sets every variable documented as required.
     */
    static void assertConfigurationFits(String where, String service, Map<String, String> env, ConfigTable table) {
        assertThatCode(() -> ServiceConfigs.LOADERS.get(service).apply(env))
                .as("%s: %s accepts its environment", where, service).doesNotThrowAnyException();
        Set<String> documented = table.variablesOf(service);
        Set<String> undocumented = new TreeSet<>();
        env.keySet().stream()
                .filter(key -> !documented.contains(key) && !isKafkaPassThrough(key, table))
                .forEach(undocumented::add);
        assertThat(undocumented).as("%s: variables given to %s but not documented for it in the README", where,
                service).isEmpty();
        assertThat(env).as("%s: required variables of %s", where, service)
                .containsKeys(table.requiredOf(service).toArray(String[]::new));
    }

    /** {@code KAFKA_<PROP>} variables that are not themselves documented pass through to the Kafka clients. */
    static boolean isKafkaPassThrough(String key, ConfigTable table) {
        return key.startsWith("KAFKA_") && !table.rows().containsKey(key);
    }

    /**
     * A Reanimator image is {@code reanimator/<service>:<project version>}; the service is a module whose pom
     * declares Jib, and Jib's image name in the root pom is {@code reanimator/${project.artifactId}}.
     */
    static void assertReanimatorImage(String where, String service, String image) {
        assertThat(image).as("%s: image of %s", where, service)
                .isEqualTo("reanimator/" + service + ":" + RepoFiles.projectVersion());
        assertThat(RepoFiles.modules()).as("modules of the root pom").contains(service);
        java.nio.file.Path pom = RepoFiles.root().resolve(service).resolve("pom.xml");
        assertThat(RepoFiles.plugins(pom, "jib-maven-plugin")).as("%s/pom.xml declares jib-maven-plugin", service)
                .isNotEmpty();
        assertThat(RepoFiles.property(pom, "jib.skip")).as("%s/pom.xml sets jib.skip", service).isEqualTo("false");
    }

    /** Jib, configured once in the root pom, names images {@code reanimator/<artifactId>:<project version>}. */
    static void assertJibNaming() {
        org.w3c.dom.Element jib = RepoFiles.plugins(RepoFiles.root().resolve("pom.xml"), "jib-maven-plugin").get(0);
        org.w3c.dom.Element to = (org.w3c.dom.Element) jib.getElementsByTagName("to").item(0);
        assertThat(to.getElementsByTagName("image").item(0).getTextContent().trim())
                .isEqualTo("reanimator/${project.artifactId}");
        assertThat(to.getElementsByTagName("tag").item(0).getTextContent().trim()).isEqualTo("${project.version}");
        assertThat(jib.getElementsByTagName("executions").getLength()).as("Jib never runs in mvn verify").isZero();
        assertThat(RepoFiles.rootProperty("jib.skip")).as("only service modules make images").isEqualTo("true");
    }

    /** A third-party image pinned to the version the build and tests use. */
    static void assertPinned(String where, String image, String repository, String version) {
        assertThat(image).as("%s: %s image", where, repository).isEqualTo(repository + ":" + version);
    }

    /** Topics as comparable lines: name, partitions, replication, cleanup policy, retention. */
    static Set<String> describe(List<TopicSpec> specs) {
        Set<String> lines = new TreeSet<>();
        specs.forEach(s -> lines.add(line(s.name(), s.partitions(), s.replicationFactor(),
                s.cleanupPolicy().configValue(), Long.toString(s.retentionMs()))));
        return lines;
    }

    static String line(String name, Object partitions, Object replicas, Object cleanup, Object retention) {
        return name + " partitions=" + partitions + " replicas=" + replicas + " cleanup.policy=" + cleanup
                + " retention.ms=" + retention;
    }

    static boolean exists(String relativePath) {
        return Files.exists(RepoFiles.root().resolve(relativePath));
    }
}
