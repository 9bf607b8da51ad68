package io.reanimator.gateway.batch;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Builds multipart/form-data bodies the way HTTP clients send them, for tests. */
public final class MultipartBodies {

    public static final String BOUNDARY = "----reanimator-test-7MA4YWxkTrZu0gW";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final String boundary;

    public MultipartBodies(String boundary) {
        this.boundary = boundary;
    }

    public static MultipartBodies create() {
        return new MultipartBodies(BOUNDARY);
    }

    public static String contentType() {
        return "multipart/form-data; boundary=" + BOUNDARY;
    }

    public MultipartBodies file(String field, String filename, byte[] content) {
        ascii("--" + boundary + "\r\n");
        ascii("Content-Disposition: form-data; name=\"" + field + "\"; filename=\"" + filename + "\"\r\n");
        ascii("Content-Type: application/gzip\r\n\r\n");
        out.writeBytes(content);
        ascii("\r\n");
        return this;
    }

    public byte[] build() {
        ascii("--" + boundary + "--\r\n");
        return out.toByteArray();
    }

    private void ascii(String s) {
        out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
    }
}
