package io.reanimator.deploy.descriptors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The README's configuration table against what each wired service's config loader really reads. */
class ConfigTableTest {

    private static final Pattern VARIABLE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");
    private static final Path COMPOSE = RepoFiles.root().resolve("deploy/compose");

    @Test
    void shouldDocumentEveryVariableAServiceComplainsAboutWhenItsEnvironmentIsEmpty() {
        ConfigTable table = ConfigTable.fromReadme();
        for (var loader : ServiceConfigs.LOADERS.entrySet()) {
            Throwable error = catchError(() -> loader.getValue().apply(Map.of()));
            assertThat(error).as("%s refuses an empty environment", loader.getKey()).isNotNull();

            Set<String> named = new TreeSet<>();
            Matcher m = VARIABLE.matcher(error.getMessage());
            while (m.find()) {
                named.add(m.group());
            }

            assertThat(named).as("variables %s names", loader.getKey()).isNotEmpty();
            assertThat(table.variablesOf(loader.getKey())).as("documented for %s", loader.getKey())
                    .containsAll(named);
            assertThat(named).as("%s names every variable the README says it requires", loader.getKey())
                    .containsAll(table.requiredOf(loader.getKey()));
        }
    }

    @Test
    void shouldRefuseToStartNamingTheVariableWhenARequiredOneIsMissing() {
        ConfigTable table = ConfigTable.fromReadme();
        Map<String, Object> compose = RepoFiles.asMap(RepoFiles.yamlDocuments(RepoFiles.interpolate(
                RepoFiles.read(COMPOSE.resolve("docker-compose.yml")),
                RepoFiles.dotEnv(COMPOSE.resolve(".env.example")))).get(0).get("services"));
        for (var loader : ServiceConfigs.LOADERS.entrySet()) {
            Map<String, String> valid = new HashMap<>();
            RepoFiles.asMap(RepoFiles.asMap(compose.get(loader.getKey())).get("environment"))
                    .forEach((k, v) -> valid.put(k, String.valueOf(v)));
            for (String required : table.requiredOf(loader.getKey())) {
                Map<String, String> without = new HashMap<>(valid);
                without.remove(required);

                assertThatThrownBy(() -> loader.getValue().apply(without))
                        .as("%s without %s", loader.getKey(), required).hasMessageContaining(required);
            }
        }
    }

    @Test
    void shouldCheckTheConfigurationOfEveryDeployedService() {
        assertThat(new TreeSet<>(ServiceConfigs.LOADERS.keySet())).isEqualTo(new TreeSet<>(ServiceConfigs.ALL));
    }

    private static Throwable catchError(Runnable action) {
        try {
            action.run();
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }
}
