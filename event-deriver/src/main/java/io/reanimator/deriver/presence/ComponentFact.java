package io.reanimator.deriver.presence;

/** What the asset stage sends to the component stage, keyed by component: exactly one of the two is set. */
public record ComponentFact(PresenceFact presence, AttributionFact attribution) {

    public static ComponentFact of(PresenceFact presence) {
        return new ComponentFact(presence, null);
    }

    public static ComponentFact of(AttributionFact attribution) {
        return new ComponentFact(null, attribution);
    }

    public String componentKey() {
        return presence != null ? presence.componentKey() : attribution.componentKey();
    }
}
