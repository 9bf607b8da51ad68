package io.reanimator.record.ops;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import io.reanimator.record.db.Database;
import io.reanimator.record.registry.RegistryConsumer;

/** UP when the database answers and the registry consumer is polling and applying. */
public final class RecordApiHealth {

    private final Database database;
    private final RegistryConsumer consumer;

    public RecordApiHealth(Database database, RegistryConsumer consumer) {
        this.database = database;
        this.consumer = consumer;
    }

    public Map<String, Object> check() {
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("database", databaseUp() ? "UP" : "DOWN");
        parts.put("registryConsumer", consumer.isHealthy() ? "UP" : "DOWN");
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("status", parts.values().stream().allMatch("UP"::equals) ? "UP" : "DOWN");
        report.put("components", parts);
        return report;
    }

    public boolean isHealthy() {
        return "UP".equals(check().get("status"));
    }

    private boolean databaseUp() {
        try (Connection connection = database.dataSource().getConnection()) {
            return connection.isValid(3);
        } catch (SQLException e) {
            return false;
        }
    }
}
