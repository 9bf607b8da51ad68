package io.reanimator.record.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.reanimator.record.web.ApiException;
import org.junit.jupiter.api.Test;

class CursorCodecTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private final CursorCodec codec = new CursorCodec(KEY);

    @Test
    void shouldReturnThePositionWhenTheCursorComesBackUnchanged() {
        // given
        Position position = new Position(1_767_225_600_123_456L, 2, 987_654_321L);

        // when
        String cursor = codec.encode("timeline|COMPONENT|7|false", position);

        // then
        assertThat(codec.decode("timeline|COMPONENT|7|false", cursor)).isEqualTo(position);
        assertThat(cursor).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void shouldRefuseEveryCursorWithOneByteChanged() {
        // given
        byte[] bytes = Base64.getUrlDecoder().decode(codec.encode("q", new Position(5, 0, 9)));

        // then: flipping any bit of any byte is detected
        for (int i = 0; i < bytes.length; i++) {
            byte[] forged = bytes.clone();
            forged[i] ^= 0x01;
            String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString(forged);
            assertThatThrownBy(() -> codec.decode("q", cursor)).isInstanceOf(ApiException.class)
                    .hasMessageContaining("not valid");
        }
    }

    @Test
    void shouldRefuseACursorOfAnotherQueryOrSignedWithAnotherKey() {
        // given
        String cursor = codec.encode("assets|acme", Position.ofId(10));
        CursorCodec other = new CursorCodec("another key, another deployment!".getBytes(StandardCharsets.UTF_8));

        // then
        assertThatThrownBy(() -> codec.decode("assets|globex", cursor)).hasMessageContaining("another query");
        assertThatThrownBy(() -> other.decode("assets|acme", cursor)).hasMessageContaining("not valid");
        assertThatThrownBy(() -> codec.decode("assets|acme", "not base64!")).hasMessageContaining("not valid");
        assertThatThrownBy(() -> codec.decode("assets|acme", "")).hasMessageContaining("not valid");
    }
}
