package io.reanimator.embedded.mariadb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.reanimator.embedded.junit.TestDatabase;
import io.reanimator.embedded.junit.WithMariaDb;
import io.reanimator.schemas.db.DataSources;
import io.reanimator.schemas.db.PoolSettings;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@WithMariaDb
class DataSourcesIT {

    @Test
    void shouldOpenAFixedSizePoolWithAUtcSessionWhenSettingsAreValid(TestDatabase db) throws SQLException {
        // given
        PoolSettings settings = PoolSettings.of(db.jdbcUrl(), db.username(), db.password()).withPoolSize(2);

        // when
        try (HikariDataSource pool = DataSources.pooled(settings);
             Connection connection = pool.getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT @@session.time_zone, @@session.wait_timeout")) {

            // then
            assertThat(pool.getMaximumPoolSize()).isEqualTo(2);
            assertThat(pool.getMinimumIdle()).isEqualTo(2);
            assertThat(pool.getConnectionTestQuery()).isNull();
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo("+00:00");
            assertThat(Duration.ofSeconds(row.getLong(2))).isGreaterThan(Duration.ofMillis(pool.getMaxLifetime()));
        }
    }

    @Test
    void shouldRefuseToOpenWhenMaxLifetimeIsNotBelowWaitTimeout(TestDatabase db) {
        // given a session whose wait_timeout is shorter than the lifetime
        PoolSettings settings = PoolSettings.of(db.jdbcUrl() + "&sessionVariables=wait_timeout=60",
                db.username(), db.password()).withMaxLifetime(Duration.ofSeconds(45));

        // when / then
        assertThatThrownBy(() -> DataSources.pooled(settings))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("wait_timeout");
    }
}
