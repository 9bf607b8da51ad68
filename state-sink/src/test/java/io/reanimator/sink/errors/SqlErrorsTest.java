package io.reanimator.sink.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class SqlErrorsTest {

    @Test
    void shouldRetryWhenTheConnectionOrTransactionFailed() {
        assertThat(SqlErrors.classify(new SQLException("gone", "08S01"))).isEqualTo(SqlErrors.Kind.TRANSIENT);
        assertThat(SqlErrors.classify(new SQLException("serialization", "40001"))).isEqualTo(SqlErrors.Kind.TRANSIENT);
        assertThat(SqlErrors.classify(new SQLException("Deadlock found", "HY000", 1213))).isEqualTo(SqlErrors.Kind.TRANSIENT);
        assertThat(SqlErrors.classify(new SQLTransientConnectionException("pool timeout"))).isEqualTo(SqlErrors.Kind.TRANSIENT);
    }

    @Test
    void shouldDeadLetterWhenTheDataIsRefused() {
        assertThat(SqlErrors.classify(new SQLException("Data too long", "22001", 1406))).isEqualTo(SqlErrors.Kind.DATA);
        assertThat(SqlErrors.classify(new SQLIntegrityConstraintViolationException("CHECK", "23000", 4025)))
                .isEqualTo(SqlErrors.Kind.DATA);
    }

    @Test
    void shouldFailFastWhenAccessOrSchemaIsWrong() {
        assertThat(SqlErrors.classify(new SQLException("Access denied", "28000", 1045))).isEqualTo(SqlErrors.Kind.FATAL);
        assertThat(SqlErrors.classify(new SQLException("Unknown column", "42S22", 1054))).isEqualTo(SqlErrors.Kind.FATAL);
    }

    @Test
    void shouldClassifyByTheCauseWhenTheOuterStateSaysNothing() {
        SQLException outer = new SQLException("batch failed", "HY000", 0, new SQLException("too long", "22001"));
        assertThat(SqlErrors.classify(outer)).isEqualTo(SqlErrors.Kind.DATA);
    }
}
