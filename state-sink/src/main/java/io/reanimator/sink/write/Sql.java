package io.reanimator.sink.write;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Conversions at the JDBC boundary. DATETIME(6) columns hold UTC; bind them as LocalDateTime at UTC. */
public final class Sql {

    private Sql() {
    }

    /** {@code instant} as a UTC LocalDateTime, or null. */
    public static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** A Kafka record timestamp (epoch milliseconds) as a UTC LocalDateTime. */
    public static LocalDateTime utcMillis(long epochMillis) {
        return utc(Instant.ofEpochMilli(epochMillis));
    }
}
