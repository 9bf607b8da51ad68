package io.reanimator.deriver.contract;

import java.time.Instant;

/** Epoch microseconds, the precision of the contracts' timestamp-micros fields and of the core's times. */
public final class Micros {

    private Micros() {
    }

    public static long of(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000L);
    }

    public static Instant toInstant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
    }

    public static Instant toInstant(Long micros) {
        return micros == null ? null : toInstant(micros.longValue());
    }
}
