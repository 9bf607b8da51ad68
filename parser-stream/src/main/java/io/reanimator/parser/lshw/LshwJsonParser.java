package io.reanimator.parser.lshw;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reanimator.parser.report.AssetReport;
import io.reanimator.parser.report.ComponentReport;
import io.reanimator.parser.report.FileParser;
import io.reanimator.parser.report.FileReport;
import io.reanimator.parser.report.ParseInput;
import io.reanimator.parser.report.UnparseableInputException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code lshw -json}: the root node is the system (older lshw wraps it in a one-element array), and
 * components are found by walking the tree. See {@link LshwNodes} for what becomes a component and what is left
 * out (empty banks, caches, volumes and partitions, virtual and removable devices, bridges).
 */
public final class LshwJsonParser implements FileParser {

    public static final String KIND = "lshw-json";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Set<String> kinds() {
        return Set.of(KIND);
    }

    @Override
    public FileReport parse(ParseInput input) throws UnparseableInputException {
        if (input.files().size() != 1) {
            throw new UnparseableInputException("expected one lshw JSON file, found " + input.files().size());
        }
        JsonNode root = readRoot(input.files().get(0).content());
        List<ComponentReport> components = new ArrayList<>();
        LshwNodes.walk(root, components);
        return new FileReport(input.path(), KIND, asset(root), components, List.of(), List.of());
    }

    private static JsonNode readRoot(byte[] content) throws UnparseableInputException {
        JsonNode node;
        try {
            node = JSON.readTree(content);
        } catch (JsonProcessingException e) {
            throw new UnparseableInputException("expected lshw JSON, found invalid JSON: "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UnparseableInputException("expected lshw JSON, could not read it: " + e.getMessage(), e);
        }
        if (node != null && node.isArray() && node.size() > 0) {
            node = node.get(0);
        }
        if (node == null || !node.isObject() || !node.has("class")) {
            throw new UnparseableInputException("expected an lshw JSON object with a 'class', found "
                    + (node == null ? "nothing" : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
        }
        return node;
    }

    private static AssetReport asset(JsonNode root) {
        if (!"system".equals(LshwNodes.text(root, "class"))) {
            return AssetReport.EMPTY;
        }
        JsonNode core = LshwNodes.child(root, "core");
        JsonNode firmware = core == null ? null : LshwNodes.child(core, "firmware");
        return new AssetReport(
                LshwNodes.text(root, "vendor"),
                LshwNodes.text(root, "product"),
                LshwNodes.text(root, "serial"),
                LshwNodes.configuration(root, "uuid"),
                core == null ? null : LshwNodes.text(core, "serial"),
                firmware == null ? null : LshwNodes.text(firmware, "version"),
                null,
                LshwNodes.text(root, "id"));
    }
}
