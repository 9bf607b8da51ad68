package io.reanimator.deploy.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PlatformTest {

    private final List<String> events = new ArrayList<>();

    @Test
    void shouldStartInOrderAndCloseInReverse() {
        // given
        Platform platform = new Platform(List.of(part("broker", false), part("db", false), part("http", false)));

        // when
        platform.start();
        platform.close();
        platform.close();

        // then
        assertThat(events).containsExactly("start broker", "start db", "start http",
                "close http", "close db", "close broker");
    }

    @Test
    void shouldCloseWhatStartedAndNameThePartWhenOneFailsToStart() {
        // given
        Platform platform = new Platform(List.of(part("broker", false), part("db", true), part("http", false)));

        // when / then
        assertThatThrownBy(platform::start).isInstanceOf(PlatformStartException.class)
                .hasMessageContaining("db did not start")
                .satisfies(e -> assertThat(((PlatformStartException) e).part()).isEqualTo("db"));
        assertThat(events).containsExactly("start broker", "start db", "close db", "close broker");
    }

    @Test
    void shouldReportPartsNotStartedOrUnhealthyAsDown() {
        // given
        PlatformPart sick = new FakePart("sick", false, false);
        Platform platform = new Platform(List.of(part("broker", false), sick));

        // then
        assertThat(platform.health()).isEqualTo(Map.of("broker", false, "sick", false));
        platform.start();
        assertThat(platform.health()).containsEntry("broker", true).containsEntry("sick", false);
        platform.close();
        assertThat(platform.health()).containsEntry("broker", false);
    }

    @Test
    void shouldStartAServiceFromItsEnvironmentAndReportItsHealth() throws Exception {
        // given
        ServicePart<FakeService> part = ServicePart.of("parser-stream", () -> Map.of("KAFKA_BOOTSTRAP_SERVERS", "b:9092"),
                env -> new FakeService(env.get("KAFKA_BOOTSTRAP_SERVERS")), FakeService::healthy);
        assertThat(part.isHealthy()).isFalse();

        // when
        part.start();

        // then
        assertThat(part.isHealthy()).isTrue();
        part.close();
        part.close();
        assertThat(part.isHealthy()).isFalse();
        assertThat(events).containsExactly("service b:9092", "service closed");
    }

    private PlatformPart part(String name, boolean failsToStart) {
        return new FakePart(name, failsToStart, true);
    }

    private final class FakePart implements PlatformPart {
        private final String name;
        private final boolean failsToStart;
        private final boolean healthy;

        FakePart(String name, boolean failsToStart, boolean healthy) {
            this.name = name;
            this.failsToStart = failsToStart;
            this.healthy = healthy;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void start() {
            events.add("start " + name);
            if (failsToStart) {
                throw new IllegalStateException("port in use");
            }
        }

        @Override
        public boolean isHealthy() {
            return healthy;
        }

        @Override
        public void close() {
            events.add("close " + name);
        }
    }

    private final class FakeService implements AutoCloseable {
        private boolean open = true;

        FakeService(String bootstrap) {
            events.add("service " + bootstrap);
        }

        boolean healthy() {
            return open;
        }

        @Override
        public void close() {
            open = false;
            events.add("service closed");
        }
    }
}
