package io.reanimator.deploy.descriptors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The repository's files as the tests read them: the root pom, module poms, YAML descriptors, the README. */
final class RepoFiles {

    private static final Pattern COMPOSE_VARIABLE =
            Pattern.compile("\\$\\$|\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?}");

    private RepoFiles() {
    }

    /** The repository root: the directory above {@code deploy} whose pom aggregates it. */
    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("deploy"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("No repository root above " + Path.of("").toAbsolutePath());
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every YAML document of a file, as maps (merge keys resolved). */
    static List<Map<String, Object>> yamlDocuments(String text) {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(text)) {
            if (document != null) {
                documents.add(asMap(document));
            }
        }
        return documents;
    }

    /** Compose's interpolation: {@code $$}, {@code ${X}}, {@code ${X:-default}}, {@code ${X:?error}}. */
    static String interpolate(String text, Map<String, String> variables) {
        Matcher m = COMPOSE_VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement;
            if (m.group().equals("$$")) {
                replacement = "$";
            } else {
                String value = variables.get(m.group(1));
                boolean empty = value == null || (m.group(2) != null && m.group(2).startsWith(":") && value.isEmpty());
                if (!empty) {
                    replacement = value;
                } else if (m.group(2) != null && m.group(2).endsWith("-")) {
                    replacement = m.group(3);
                } else {
                    throw new IllegalStateException("Variable " + m.group(1) + " is not set: " + m.group());
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** {@code KEY=value} lines of a .env file. */
    static Map<String, String> dotEnv(Path file) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        for (String line : read(file).split("\n")) {
            String trimmed = line.trim();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#") && trimmed.contains("=")) {
                values.put(trimmed.substring(0, trimmed.indexOf('=')), trimmed.substring(trimmed.indexOf('=') + 1));
            }
        }
        return values;
    }

    static Document pom(Path pom) {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
        } catch (Exception e) {
            throw new IllegalStateException("Cannot parse " + pom, e);
        }
    }

    /** A property of the root pom's {@code <properties>}. */
    static String rootProperty(String name) {
        return property(root().resolve("pom.xml"), name);
    }

    /** A property of a pom's {@code <properties>}. */
    static String property(Path pomFile, String name) {
        NodeList nodes = pom(pomFile).getElementsByTagName("properties");
        Element properties = (Element) nodes.item(0);
        NodeList matches = properties.getElementsByTagName(name);
        if (matches.getLength() == 0) {
            throw new IllegalStateException("No property " + name + " in " + pomFile);
        }
        return matches.item(0).getTextContent().trim();
    }

    static String projectVersion() {
        Element project = pom(root().resolve("pom.xml")).getDocumentElement();
        return directChild(project, "version").getTextContent().trim();
    }

    static List<String> modules() {
        NodeList nodes = pom(root().resolve("pom.xml")).getElementsByTagName("module");
        List<String> modules = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            modules.add(nodes.item(i).getTextContent().trim());
        }
        return modules;
    }

    /** The plugin elements of a pom's build/plugins or build/pluginManagement/plugins with this artifactId. */
    static List<Element> plugins(Path pom, String artifactId) {
        NodeList nodes = pom(pom).getElementsByTagName("plugin");
        List<Element> plugins = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element plugin = (Element) nodes.item(i);
            Element id = directChild(plugin, "artifactId");
            if (id != null && id.getTextContent().trim().equals(artifactId)) {
                plugins.add(plugin);
            }
        }
        return plugins;
    }

    static Element directChild(Element parent, String name) {
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object value) {
        if (!(value instanceof Map)) {
            throw new IllegalStateException("Expected a mapping, got " + value);
        }
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> asList(Object value) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List)) {
            throw new IllegalStateException("Expected a list, got " + value);
        }
        return (List<Object>) value;
    }
}
