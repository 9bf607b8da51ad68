package io.reanimator.embedded.registry;

/**
 * Apicurio's two spellings of the default group: {@code default} in paths, {@code null} in bodies.
 */
final class Groups {

    static final String DEFAULT = "default";

    private Groups() {
    }

    /** The group as stored and used in paths. */
    static String normalize(String groupId) {
        return groupId == null || groupId.isBlank() ? DEFAULT : groupId;
    }

    /**
     * The group as Apicurio 2.x writes it in metadata responses: the default group is left out, which is
     * what the serdes copy into the references they send back.
     */
    static String forResponse(String groupId) {
        return DEFAULT.equalsIgnoreCase(groupId) ? null : groupId;
    }
}
