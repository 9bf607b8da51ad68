package io.reanimator.parser.bundle;

import io.reanimator.avro.Observation;
import java.util.Map;

/** What parsing one bundle gave: an observation, or the reason the bundle yielded nothing usable. */
public sealed interface BundleOutcome {

    /** The bundle's observation; its warnings say what could not be read. */
    record Parsed(Observation observation) implements BundleOutcome {
    }

    /**
     * Nothing usable: the raw bytes are missing or unreadable, or no file gave an asset, a component or a log
     * event. Goes to the dead-letter topic.
     */
    record Unusable(String reason, Map<String, String> details) implements BundleOutcome {
        public Unusable {
            details = Map.copyOf(details);
        }
    }
}
