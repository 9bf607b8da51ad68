package io.reanimator.record.paging;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.reanimator.record.web.ApiException;

/**
 * Opaque, tamper-evident cursors. A cursor carries the {@link Position} where a page ended and a fingerprint of
 * the query it belongs to (endpoint and filters), signed with HMAC-SHA256 under the configured key: a cursor that
 * was altered, truncated, signed with another key or presented with other filters is a 400, never a wrong page.
 *
 * <p>Layout before base64url: version (1 byte), query fingerprint (8), time (8), rank (4), id (8), MAC (16).
 */
public final class CursorCodec {

    private static final byte VERSION = 1;
    private static final int BODY_LENGTH = 1 + 8 + 8 + 4 + 8;
    private static final int MAC_LENGTH = 16;

    private final SecretKeySpec key;

    public CursorCodec(byte[] secret) {
        this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
    }

    /** @param query the endpoint and its canonical filters, e.g. {@code components?type=SSD} */
    public String encode(String query, Position position) {
        ByteBuffer body = ByteBuffer.allocate(BODY_LENGTH + MAC_LENGTH);
        body.put(VERSION).put(fingerprint(query)).putLong(position.time()).putInt(position.rank())
                .putLong(position.id());
        body.put(mac(Arrays.copyOf(body.array(), BODY_LENGTH)));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(body.array());
    }

    /** @throws ApiException 400 when the cursor is malformed, forged or belongs to another query */
    public Position decode(String query, String cursor) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(cursor);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (bytes.length != BODY_LENGTH + MAC_LENGTH || bytes[0] != VERSION) {
            throw invalid();
        }
        byte[] body = Arrays.copyOf(bytes, BODY_LENGTH);
        byte[] presented = Arrays.copyOfRange(bytes, BODY_LENGTH, bytes.length);
        if (!MessageDigest.isEqual(presented, mac(body))) {
            throw invalid();
        }
        ByteBuffer buffer = ByteBuffer.wrap(body, 1, BODY_LENGTH - 1);
        byte[] queryPrint = new byte[8];
        buffer.get(queryPrint);
        if (!MessageDigest.isEqual(queryPrint, fingerprint(query))) {
            throw ApiException.badRequest("the cursor belongs to another query: keep the filters of the first page");
        }
        return new Position(buffer.getLong(), buffer.getInt(), buffer.getLong());
    }

    private static ApiException invalid() {
        return ApiException.badRequest("the cursor is not valid: pass nextCursor from a previous page unchanged");
    }

    private byte[] mac(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Arrays.copyOf(mac.doFinal(body), MAC_LENGTH);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every JVM", e);
        }
    }

    private static byte[] fingerprint(String query) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(query.getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(hash, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
