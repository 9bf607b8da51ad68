package io.reanimator.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ApiTokensTest {

    @Test
    void shouldNameThePrincipalWhenTheTokenMatchesAStoredDigest() {
        String token = ApiTokens.generate();
        ApiTokens tokens = new ApiTokens(Map.of("site-ams", ApiTokens.digest(token), "site-fra", ApiTokens.digest("x")));

        assertThat(tokens.principalOf(token)).contains("site-ams");
        assertThat(tokens.principalOf("x")).contains("site-fra");
        assertThat(tokens.principalOf("wrong")).isEmpty();
        assertThat(tokens.principalOf(null)).isEmpty();
        assertThat(token).startsWith("rea_").hasSizeGreaterThan(40);
    }

    @Test
    void shouldParseDigestListsAndRefuseMalformedEntries() {
        String digest = ApiTokens.digest("t");
        assertThat(ApiTokens.parseDigests("a=" + digest + ", b=" + digest)).containsOnlyKeys("a", "b");
        assertThatThrownBy(() -> ApiTokens.parseDigests("a=plaintext-token"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("principal=<sha256 hex");
    }
}
