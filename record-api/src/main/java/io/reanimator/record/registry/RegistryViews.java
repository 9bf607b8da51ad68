package io.reanimator.record.registry;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What the registry endpoints answer. */
public final class RegistryViews {

    private RegistryViews() {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Customer(String code, String name) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Project(String customer, String code, String name) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Location(String path, String kind, String code, String name) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record LotRule(String code, String componentType, String vendorPattern, String modelPattern,
                          String capacityPattern, Long capacityMinBytes, Long capacityMaxBytes, int priority,
                          String description) {
    }

    /**
     * The answer to a change: where it sits on the registry topic, and the entity as it reads after it.
     *
     * @param entity the entity after the change; null after a removal
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ChangeResult(String changeId, String entityKey, int partition, long offset, Object entity) {
    }

    /** The answer to an on-demand classification. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Classification(int componentsChanged) {
    }
}
