package io.reanimator.embedded.mariadb;

import static org.assertj.core.api.Assertions.assertThat;

import io.reanimator.embedded.junit.TestDatabase;
import io.reanimator.embedded.junit.WithMariaDb;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;

@WithMariaDb
class MariaDbServersIT {

    @Test
    void shouldUseTheExternalServerWhenTheUrlVariableIsSet(TestDatabase db) throws SQLException {
        // given the fixture's server, presented as an external one
        String serverUrl = db.jdbcUrl().substring(0, db.jdbcUrl().indexOf('/', "jdbc:mariadb://".length()) + 1);
        Map<String, String> environment = Map.of(
                MariaDbServers.URL_VARIABLE, serverUrl,
                MariaDbServers.USER_VARIABLE, db.username(),
                MariaDbServers.PASSWORD_VARIABLE, db.password());

        // when
        MariaDbServer server = MariaDbServers.start(environment::get);
        try {
            boolean created = server.createDatabase("external_check");
            boolean createdAgain = server.createDatabase("external_check");
            server.close();

            // then
            assertThat(server).isInstanceOf(ExternalMariaDbServer.class);
            assertThat(created).isTrue();
            assertThat(createdAgain).isFalse();
            try (Connection connection = DriverManager.getConnection(
                    server.jdbcUrl("external_check"), server.username(), server.password())) {
                assertThat(connection.getCatalog()).isEqualTo("external_check");
            }
        } finally {
            server.dropDatabase("external_check");
        }
    }
}
