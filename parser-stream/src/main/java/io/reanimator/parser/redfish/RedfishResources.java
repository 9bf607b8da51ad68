package io.reanimator.parser.redfish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reanimator.parser.report.ParseInput;
import io.reanimator.parser.report.UnparseableInputException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers the resources of a Redfish input: a tree of resource files, a single crawl document (an object whose
 * keys are {@code /redfish/v1/...} URIs and whose values are the bodies), or any mix. Expanded members nested in
 * a body (an object with both {@code @odata.id} and {@code @odata.type}) count as resources too. The first body
 * seen for a URI wins; files that are JSON but no Redfish resource are skipped with a warning.
 */
final class RedfishResources {

  private static final ObjectMapper JSON = new ObjectMapper();

  private RedfishResources() {}

  static List<RedfishResource> collect(ParseInput input, List<String> warnings) throws UnparseableInputException {
    Map<String, RedfishResource> resources = new LinkedHashMap<>();
    boolean single = input.files().size() == 1;
    for (ParseInput.InputFile file : input.files()) {
      JsonNode root;
      try {
        root = JSON.readTree(file.content());
      } catch (IOException e) {
        if (single) {
          throw new UnparseableInputException(file.path() + ": not JSON: " + e.getMessage(), e);
        }
        warnings.add(file.path() + ": not JSON; skipped");
        continue;
      }
      int before = resources.size();
      if (root != null && root.isObject() && isCrawlDocument(root)) {
        root.fields().forEachRemaining(entry -> {
          if (entry.getValue().isObject()) {
            add(entry.getKey(), entry.getValue(), resources);
          }
        });
      } else if (root != null && root.isObject() && isResource(root)) {
        add(file.path(), root, resources);
      }
      if (resources.size() == before) {
        warnings.add(file.path() + ": no Redfish resource (no @odata.type or @odata.id); skipped");
      }
    }
    return new ArrayList<>(resources.values());
  }

  static boolean isCrawlDocument(JsonNode root) {
    if (root.size() == 0) {
      return false;
    }
    Iterator<String> names = root.fieldNames();
    while (names.hasNext()) {
      if (!names.next().startsWith("/redfish/")) {
        return false;
      }
    }
    return true;
  }

  private static boolean isResource(JsonNode node) {
    return node.has("@odata.type") || node.has("@odata.id");
  }

  private static void add(String fallbackUri, JsonNode body, Map<String, RedfishResource> resources) {
    JsonNode id = body.get("@odata.id");
    String uri = id != null && id.isTextual() ? id.asText() : fallbackUri;
    resources.putIfAbsent(uri, RedfishResource.of(uri, body));
    addExpanded(body, resources);
  }

  /** Expanded members inside a body: nested objects that carry their own id and type. */
  private static void addExpanded(JsonNode node, Map<String, RedfishResource> resources) {
    for (JsonNode child : node) {
      if (child.isObject() && child.has("@odata.id") && child.has("@odata.type")
          && !child.get("@odata.id").asText().contains("#")) {
        add(child.get("@odata.id").asText(), child, resources);
      } else if (child.isContainerNode()) {
        addExpanded(child, resources);
      }
    }
  }
}
