package io.reanimator.record.registry;

/** The record keys (and {@code entityKey}s) of registry changes: one per entity, so its changes stay in order. */
public final class RegistryKeys {

    private RegistryKeys() {
    }

    public static String customer(String code) {
        return "customer:" + code;
    }

    public static String project(String customerCode, String code) {
        return "project:" + customerCode + "/" + code;
    }

    public static String location(String path) {
        return "location:" + path;
    }

    public static String lot(String code) {
        return "lot:" + code;
    }

    public static String assignment(String assetKey) {
        return "assignment:" + assetKey;
    }
}
