package io.reanimator.record.registry;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import io.reanimator.avro.RegistryCustomer;
import io.reanimator.avro.RegistryLocation;
import io.reanimator.avro.RegistryProject;
import io.reanimator.record.db.Database;

/**
 * Writes customers, projects and locations, creating missing parents as stubs (a customer named by its code, a
 * location without a name) so that changes of different entities can be applied in any order.
 */
public final class ReferenceWriter {

    static final String[] LOCATION_KINDS = {"SITE", "ROOM", "RACK", "POSITION"};

    public void customer(Connection connection, RegistryCustomer customer) throws SQLException {
        Database.update(connection, "INSERT INTO customers (code, name) VALUES (?, ?)"
                + " ON DUPLICATE KEY UPDATE name = VALUES(name), updated_at = UTC_TIMESTAMP(6)",
                List.of(customer.getCode(), customer.getName()));
    }

    public void project(Connection connection, RegistryProject project) throws SQLException {
        long customerId = customerId(connection, project.getCustomerCode());
        Database.update(connection, "INSERT INTO projects (customer_id, code, name) VALUES (?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE name = VALUES(name), updated_at = UTC_TIMESTAMP(6)",
                List.of(customerId, project.getCode(), project.getName()));
    }

    public void location(Connection connection, RegistryLocation location) throws SQLException {
        long id = locationId(connection, location.getPath());
        Database.update(connection, "UPDATE locations SET name = ?, updated_at = UTC_TIMESTAMP(6) WHERE id = ?",
                java.util.Arrays.asList(location.getName(), id));
    }

    /** The customer's id, creating a stub named by its code when it does not exist yet. */
    public long customerId(Connection connection, String code) throws SQLException {
        Database.update(connection, "INSERT INTO customers (code, name) VALUES (?, ?)"
                + " ON DUPLICATE KEY UPDATE id = id", List.of(code, code));
        return single(connection, "SELECT id FROM customers WHERE code = ?", List.of(code));
    }

    public long projectId(Connection connection, String customerCode, String code) throws SQLException {
        long customerId = customerId(connection, customerCode);
        Database.update(connection, "INSERT INTO projects (customer_id, code, name) VALUES (?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE id = id", List.of(customerId, code, code));
        return single(connection, "SELECT id FROM projects WHERE customer_id = ? AND code = ?",
                List.of(customerId, code));
    }

    /** The location's id, creating it and its missing ancestors (kind by depth) when they do not exist yet. */
    public long locationId(Connection connection, String path) throws SQLException {
        String[] codes = path.split("/");
        Long parent = null;
        StringBuilder prefix = new StringBuilder();
        for (int depth = 0; depth < codes.length; depth++) {
            prefix.append(depth == 0 ? "" : "/").append(codes[depth]);
            Database.update(connection, "INSERT INTO locations (kind, code, parent_id, path) VALUES (?, ?, ?, ?)"
                    + " ON DUPLICATE KEY UPDATE id = id",
                    java.util.Arrays.asList(LOCATION_KINDS[depth], codes[depth], parent, prefix.toString()));
            parent = single(connection, "SELECT id FROM locations WHERE path = ?", List.of(prefix.toString()));
        }
        return parent;
    }

    private static long single(Connection connection, String sql, List<?> params) throws SQLException {
        return Database.list(connection, sql, params, row -> row.getLong(1)).get(0);
    }
}
