package io.reanimator.gateway.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class GatewayHealthTest {

    @Test
    void shouldBeUpOnlyWhenEveryCheckIsUp() {
        assertThat(GatewayHealth.report(List.of(check("a", true), check("b", true))).get("status")).isEqualTo("UP");
        assertThat(GatewayHealth.report(List.of(check("a", true), check("b", false))).get("status"))
                .isEqualTo("DOWN");
    }

    @Test
    void shouldReportDownWhenACheckThrowsOrTwoChecksShareANameAndOneIsDown() {
        HealthCheck throwing = new HealthCheck() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public boolean isUp() {
                throw new IllegalStateException("boom");
            }
        };

        Map<String, Object> report = GatewayHealth.report(List.of(throwing, check("x", true), check("x", false)));

        assertThat(report.get("status")).isEqualTo("DOWN");
        assertThat(report.get("components")).isEqualTo(Map.of("broken", "DOWN", "x", "DOWN"));
    }

    @Test
    void shouldNotClaimUpWithNothingToCheck() {
        assertThat(GatewayHealth.report(List.of()).get("status")).isEqualTo("DOWN");
    }

    private static HealthCheck check(String name, boolean up) {
        return new HealthCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean isUp() {
                return up;
            }
        };
    }
}
