package io.reanimator.gateway.upload;

/** What became of one uploaded bundle. */
public enum IngestStatus {
    ACCEPTED("accepted"), DUPLICATE("duplicate"), REJECTED("rejected");

    private final String json;

    IngestStatus(String json) {
        this.json = json;
    }

    @com.fasterxml.jackson.annotation.JsonValue
    public String json() {
        return json;
    }
}
