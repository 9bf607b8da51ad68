package io.reanimator.logbundle;

/** Why a bundle was refused; the HTTP status each maps to is the gateway's business, the category is ours. */
public enum RejectionReason {
    EMPTY_BODY("the body is empty", false),
    NOT_AN_ARCHIVE("the body is not a .tar.gz, .tar or .zip archive", false),
    CORRUPT_ARCHIVE("the archive is corrupt or truncated", false),
    UNSAFE_ENTRY("the archive contains an entry that is not a plain file or directory inside the bundle", false),
    INVALID_MANIFEST("manifest.json is invalid", false),
    NOTHING_RECOGNIZED("no manifest.json and no file whose content is recognized", false),
    TOO_LARGE("the bundle is larger than the accepted maximum", true),
    DECOMPRESSION_BOMB("the archive expands beyond the accepted limits", true);

    private final String description;
    private final boolean sizeLimit;

    RejectionReason(String description, boolean sizeLimit) {
        this.description = description;
        this.sizeLimit = sizeLimit;
    }

    public String description() {
        return description;
    }

    /** True when the bundle was refused for its size rather than its shape (HTTP 413 rather than 400). */
    public boolean isSizeLimit() {
        return sizeLimit;
    }
}
