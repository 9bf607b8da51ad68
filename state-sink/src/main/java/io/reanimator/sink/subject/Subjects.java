package io.reanimator.sink.subject;

import java.util.Map;
import java.util.TreeMap;

/**
 * The assets and components one batch touches: full rows from observations, and stubs (identity key only, plus
 * the component type when known) for keys that installations, events and failures name. Stubs exist because
 * topics are not ordered against each other: an installation may arrive before the observation that describes
 * its component, and the foreign keys need a parent row. Sorted maps, so rows are written in key order and two
 * sinks lock rows in the same order.
 */
public final class Subjects {

    /** Component type of a stub when nothing says better. */
    public static final String UNKNOWN_TYPE = "UNKNOWN";

    private final Map<String, AssetRow> assets = new TreeMap<>();
    private final Map<String, ComponentRow> components = new TreeMap<>();
    private final Map<String, Boolean> assetStubs = new TreeMap<>();
    private final Map<String, String> componentStubs = new TreeMap<>();

    public void asset(AssetRow row) {
        assets.merge(row.identityKey(), row, AssetRow::mergedWith);
    }

    public void component(ComponentRow row) {
        components.merge(row.identityKey(), row, ComponentRow::mergedWith);
    }

    /** An asset named by key only; ignored when null. */
    public void assetStub(String key) {
        if (key != null) {
            assetStubs.put(key, Boolean.TRUE);
        }
    }

    /** A component named by key, with its type when the record says it (null or UNKNOWN otherwise). */
    public void componentStub(String key, String type) {
        if (key == null) {
            return;
        }
        String known = type == null ? UNKNOWN_TYPE : type;
        componentStubs.merge(key, known, (a, b) -> UNKNOWN_TYPE.equals(a) ? b : a);
    }

    public boolean isEmpty() {
        return assets.isEmpty() && components.isEmpty() && assetStubs.isEmpty() && componentStubs.isEmpty();
    }

    Map<String, AssetRow> assets() {
        return assets;
    }

    Map<String, ComponentRow> components() {
        return components;
    }

    Map<String, Boolean> assetStubs() {
        return assetStubs;
    }

    Map<String, String> componentStubs() {
        return componentStubs;
    }
}
