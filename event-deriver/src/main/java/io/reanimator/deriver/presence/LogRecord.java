package io.reanimator.deriver.presence;

/**
 * A hardware log entry that points at a failing part in a slot (e.g. an uncorrectable-ECC SEL record naming
 * DIMM_B2). {@code logKey} identifies the entry across the bundles that repeat it (a SEL is cumulative).
 */
public record LogRecord(String logKey, long occurredAt, String source, String description, String slotHint) {
}
