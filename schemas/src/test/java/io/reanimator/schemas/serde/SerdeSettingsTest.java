package io.reanimator.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SerdeSettingsTest {

    private static final String URL = "http://registry:8080/apis/registry/v2";

    @Test
    void shouldRegisterInDevelopmentAndFindLatestInProductionWhenUsingFactories() {
        assertThat(SerdeSettings.development(URL)).isEqualTo(new SerdeSettings(URL, true, false));
        assertThat(SerdeSettings.production(URL)).isEqualTo(new SerdeSettings(URL, false, true));
    }

    @Test
    void shouldRejectWhenNeitherModeIsChosen() {
        assertThatThrownBy(() -> new SerdeSettings(URL, false, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exactly one");
    }

    @Test
    void shouldRejectWhenBothModesAreChosen() {
        assertThatThrownBy(() -> new SerdeSettings(URL, true, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exactly one");
    }

    @Test
    void shouldRejectWhenUrlIsNotHttp() {
        assertThatThrownBy(() -> SerdeSettings.production("registry:8080"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("registryUrl");
    }
}
