package io.reanimator.gateway.ops;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;

/**
 * The {@code /health} report: every {@link HealthCheck} bean by name, sorted, and {@code UP} only when all are up.
 * Two checks with the same name are reported as one, DOWN if either is.
 */
@Singleton
public final class GatewayHealth {

    public static final String UP = "UP";
    public static final String DOWN = "DOWN";

    private final List<HealthCheck> checks;

    public GatewayHealth(List<HealthCheck> checks) {
        this.checks = checks.stream().sorted(Comparator.comparing(HealthCheck::name)).toList();
    }

    public Map<String, Object> check() {
        return report(checks);
    }

    /** The report over {@code checks}: {@code {"status": "UP"|"DOWN", "components": {name: "UP"|"DOWN"}}}. */
    public static Map<String, Object> report(List<HealthCheck> checks) {
        Map<String, Object> components = new LinkedHashMap<>();
        for (HealthCheck check : checks) {
            boolean up = safelyUp(check);
            components.merge(check.name(), up ? UP : DOWN, (a, b) -> UP.equals(a) && UP.equals(b) ? UP : DOWN);
        }
        boolean allUp = !components.isEmpty() && components.values().stream().allMatch(UP::equals);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("status", allUp ? UP : DOWN);
        report.put("components", components);
        return report;
    }

    private static boolean safelyUp(HealthCheck check) {
        try {
            return check.isUp();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
