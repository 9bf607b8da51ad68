package io.reanimator.parser.redfish;

import com.fasterxml.jackson.databind.JsonNode;
import io.reanimator.avro.HealthSignal;
import io.reanimator.avro.HealthStatus;
import io.reanimator.parser.format.Printed;
import io.reanimator.parser.signal.Signals;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Health signals from a Redfish {@code Status} object (Redfish Resource schema, "Health" and "State" enums):
 * Health OK/Warning/Critical map one to one; State Enabled, StandbySpare and StandbyOffline are OK, any other
 * state of a present part (Disabled, UnavailableOffline, Deferring, Quiesced, Updating, InTest, Starting)
 * is a WARNING. Drive {@code FailurePredicted: true} is a WARNING.
 */
final class RedfishHealth {

  static final String HEALTH = "redfish.health";
  static final String STATE = "redfish.state";
  static final String FAILURE_PREDICTED = "redfish.failure_predicted";

  private RedfishHealth() {}

  static boolean isAbsent(JsonNode body) {
    return "Absent".equalsIgnoreCase(Printed.text(body.path("Status"), "State"));
  }

  static List<HealthSignal> of(JsonNode body) {
    List<HealthSignal> signals = new ArrayList<>();
    JsonNode status = body.path("Status");
    String health = Printed.text(status, "Health");
    if (health != null) {
      signals.add(Signals.text(HEALTH, healthStatus(health), health, RedfishParser.KIND));
    }
    String state = Printed.text(status, "State");
    if (state != null) {
      signals.add(Signals.text(STATE, stateStatus(state), state, RedfishParser.KIND));
    }
    JsonNode predicted = body.get("FailurePredicted");
    if (predicted != null && predicted.isBoolean()) {
      HealthStatus severity = predicted.asBoolean() ? HealthStatus.WARNING : HealthStatus.OK;
      signals.add(Signals.text(FAILURE_PREDICTED, severity, predicted.asText(), RedfishParser.KIND));
    }
    return signals;
  }

  static HealthStatus healthStatus(String health) {
    return switch (health.toLowerCase(Locale.ROOT)) {
      case "ok" -> HealthStatus.OK;
      case "warning" -> HealthStatus.WARNING;
      case "critical" -> HealthStatus.CRITICAL;
      default -> HealthStatus.UNKNOWN;
    };
  }

  static HealthStatus stateStatus(String state) {
    return switch (state.toLowerCase(Locale.ROOT)) {
      case "enabled", "standbyspare", "standbyoffline" -> HealthStatus.OK;
      default -> HealthStatus.WARNING;
    };
  }

  /** The messages of {@code Status.Conditions}, joined; null when there are none. */
  static String conditions(JsonNode body) {
    List<String> messages = new ArrayList<>();
    for (JsonNode condition : body.path("Status").path("Conditions")) {
      String message = Printed.text(condition, "Message");
      if (message != null) {
        messages.add(message);
      }
    }
    return messages.isEmpty() ? null : String.join("; ", messages);
  }
}
