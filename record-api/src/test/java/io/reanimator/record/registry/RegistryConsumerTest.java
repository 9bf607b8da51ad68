package io.reanimator.record.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

class RegistryConsumerTest {

    @Test
    void shouldRetryConnectionConflictAndLockFailuresButNotDataErrors() {
        // then: outages and conflicts are retried until they pass
        assertThat(RegistryConsumer.transientFailure(new SQLException("gone", "08S01"))).isTrue();
        assertThat(RegistryConsumer.transientFailure(new SQLException("deadlock", "40001", 1213))).isTrue();
        assertThat(RegistryConsumer.transientFailure(new SQLException("lock wait", "HY000", 1205))).isTrue();
        assertThat(RegistryConsumer.transientFailure(new SQLTransientConnectionException("pool timeout"))).isTrue();
        // and what the database refuses for the change's content is not
        assertThat(RegistryConsumer.transientFailure(new SQLException("collation", "HY000", 1267))).isFalse();
        assertThat(RegistryConsumer.transientFailure(new SQLException("too long", "22001", 1406))).isFalse();
        assertThat(RegistryConsumer.transientFailure(new SQLException("fk", "23000", 1452))).isFalse();
    }
}
