package io.reanimator.deploy.descriptors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The configuration table of the root README: variable, services, default, meaning. */
record ConfigTable(Map<String, Row> rows) {

    static final String HEADER = "| variable | services | default | meaning |";
    static final String REQUIRED = "required";

    record Row(String variable, Set<String> services, String defaultValue) {
        boolean required() {
            return REQUIRED.equals(defaultValue);
        }
    }

    static ConfigTable fromReadme() {
        List<String> lines = Arrays.asList(RepoFiles.read(RepoFiles.root().resolve("README.md")).split("\n"));
        int header = lines.indexOf(HEADER);
        if (header < 0) {
            throw new IllegalStateException("README.md has no configuration table starting with " + HEADER);
        }
        Map<String, Row> rows = new LinkedHashMap<>();
        for (String line : lines.subList(header + 2, lines.size())) {
            if (!line.startsWith("|")) {
                break;
            }
            String[] cells = line.split("\\|");
            String variable = cells[1].trim().replace("`", "");
            Set<String> services = new TreeSet<>();
            for (String service : cells[2].split(",")) {
                services.add(service.trim());
            }
            String defaultValue = cells[3].trim().replace("`", "");
            rows.put(variable, new Row(variable, services, defaultValue));
        }
        return new ConfigTable(rows);
    }

    /** The variables documented for a service. */
    Set<String> variablesOf(String service) {
        Set<String> variables = new TreeSet<>();
        rows.values().stream().filter(r -> r.services().contains(service)).forEach(r -> variables.add(r.variable()));
        return variables;
    }

    List<String> requiredOf(String service) {
        List<String> required = new ArrayList<>();
        rows.values().stream().filter(r -> r.services().contains(service) && r.required())
                .forEach(r -> required.add(r.variable()));
        return required;
    }
}
