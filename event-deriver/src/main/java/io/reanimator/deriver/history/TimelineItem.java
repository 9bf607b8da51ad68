package io.reanimator.deriver.history;

import io.reanimator.schemas.id.DeterministicIds;
import java.util.List;
import java.util.Map;

/**
 * One entry of an asset's or component's timeline, as the deriver computes it. Mirrors the TimelineEvent contract;
 * the id follows its recipe (subjectKey, type, occurredAt, componentKey, attribute, toValue).
 */
public record TimelineItem(String id, boolean assetSubject, String subjectKey, EventType type, long occurredAt,
        Long notBefore, String assetKey, String componentKey, String componentType, String slot,
        String fromAssetKey, String toAssetKey, String fromSlot, String toSlot, String attribute, String fromValue,
        String toValue, Map<String, String> details, List<String> evidenceBundleIds) {

    public TimelineItem {
        details = details == null ? Map.of() : Map.copyOf(details);
        evidenceBundleIds = evidenceBundleIds == null ? List.of() : List.copyOf(evidenceBundleIds);
    }

    public static Builder component(String componentKey, EventType type, long occurredAt) {
        return new Builder(false, componentKey, type, occurredAt).componentKey(componentKey);
    }

    public static Builder asset(String assetKey, EventType type, long occurredAt) {
        return new Builder(true, assetKey, type, occurredAt).assetKey(assetKey);
    }

    /** Fills the optional fields by name; {@link #build()} computes the deterministic id. */
    public static final class Builder {
        private final boolean assetSubject;
        private final String subjectKey;
        private final EventType type;
        private final long occurredAt;
        private Long notBefore;
        private String assetKey;
        private String componentKey;
        private String componentType;
        private String slot;
        private String fromAssetKey;
        private String toAssetKey;
        private String fromSlot;
        private String toSlot;
        private String attribute;
        private String fromValue;
        private String toValue;
        private Map<String, String> details = Map.of();
        private List<String> evidence = List.of();

        private Builder(boolean assetSubject, String subjectKey, EventType type, long occurredAt) {
            this.assetSubject = assetSubject;
            this.subjectKey = subjectKey;
            this.type = type;
            this.occurredAt = occurredAt;
        }

        public Builder notBefore(Long value) { notBefore = value; return this; }
        public Builder assetKey(String value) { assetKey = value; return this; }
        public Builder componentKey(String value) { componentKey = value; return this; }
        public Builder componentType(String value) { componentType = value; return this; }
        public Builder slot(String value) { slot = value; return this; }
        public Builder fromAsset(String value) { fromAssetKey = value; return this; }
        public Builder toAsset(String value) { toAssetKey = value; return this; }
        public Builder fromSlot(String value) { fromSlot = value; return this; }
        public Builder toSlot(String value) { toSlot = value; return this; }
        public Builder details(Map<String, String> value) { details = value; return this; }
        public Builder evidence(List<String> value) { evidence = value; return this; }

        public Builder change(String changedAttribute, String from, String to) {
            attribute = changedAttribute;
            fromValue = from;
            toValue = to;
            return this;
        }

        public TimelineItem build() {
            String id = DeterministicIds.of(subjectKey, type.name(), Long.toString(occurredAt), componentKey,
                    attribute, toValue);
            return new TimelineItem(id, assetSubject, subjectKey, type, occurredAt, notBefore, assetKey,
                    componentKey, componentType, slot, fromAssetKey, toAssetKey, fromSlot, toSlot, attribute,
                    fromValue, toValue, details, evidence);
        }
    }
}
