package io.reanimator.logbundle;

import java.util.List;

/**
 * A bundle that cannot be accepted as it is. The message says what is wrong in words a collector's author can act
 * on; it never quotes bundle content.
 */
public final class BundleRejectedException extends Exception {

    private final RejectionReason reason;
    private final List<String> problems;

    public BundleRejectedException(RejectionReason reason, String message) {
        this(reason, List.of(message));
    }

    public BundleRejectedException(RejectionReason reason, List<String> problems) {
        super(reason.description() + ": " + String.join("; ", problems));
        this.reason = reason;
        this.problems = List.copyOf(problems);
    }

    public BundleRejectedException(RejectionReason reason, String message, Throwable cause) {
        super(reason.description() + ": " + message, cause);
        this.reason = reason;
        this.problems = List.of(message);
    }

    public RejectionReason reason() {
        return reason;
    }

    /** Every problem found, for answers that list them all rather than the first. */
    public List<String> problems() {
        return problems;
    }
}
