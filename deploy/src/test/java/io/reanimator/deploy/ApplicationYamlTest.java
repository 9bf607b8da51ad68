package io.reanimator.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The all-in-one jar keeps only deploy's application.yml (the HTTP modules' own copies would collide), so it must
 * carry every setting of every HTTP module on the classpath, with the same value.
 */
class ApplicationYamlTest {

    /** Settings each module may set for itself when it runs alone. */
    private static final List<String> OWN_SETTINGS = List.of("micronaut.application.name");

    @Test
    void shouldCarryEverySettingOfEveryHttpModuleOnTheClasspath() throws IOException {
        List<URL> files = Collections.list(getClass().getClassLoader().getResources("application.yml"));
        URL deploys = getClass().getClassLoader().getResource("application.yml");
        assertThat(deploys.toString()).as("deploy's own file comes first").contains("/deploy/target/classes/");
        List<URL> modules = new ArrayList<>(files);
        modules.remove(deploys);
        assertThat(modules).as("the gateway's application.yml is on the classpath")
                .anySatisfy(url -> assertThat(url.toString()).contains("ingest-gateway"));

        Map<String, String> allInOne = flatten(deploys);
        for (URL module : modules) {
            Map<String, String> settings = flatten(module);
            OWN_SETTINGS.forEach(settings::remove);
            assertThat(allInOne).as("deploy's application.yml carries %s", module).containsAllEntriesOf(settings);
        }
    }

    private static Map<String, String> flatten(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            Map<String, String> flat = new TreeMap<>();
            flatten("", new Yaml(new SafeConstructor(new LoaderOptions())).load(in), flat);
            return flat;
        }
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Object node, Map<String, String> into) {
        if (node instanceof Map<?, ?> map) {
            ((Map<String, Object>) map).forEach((key, value) ->
                    flatten(prefix.isEmpty() ? key : prefix + "." + key, value, into));
        } else {
            into.put(prefix, String.valueOf(node));
        }
    }
}
