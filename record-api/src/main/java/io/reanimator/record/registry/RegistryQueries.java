package io.reanimator.record.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import io.reanimator.record.db.Database;
import io.reanimator.record.db.Where;

/** Reads of the registry tables. Reference data is small; lists are whole, in code or path order. */
public final class RegistryQueries {

    private static final String LOTS = "SELECT code, component_type, vendor_pattern, model_pattern, capacity_pattern,"
            + " capacity_min_bytes, capacity_max_bytes, priority, description FROM lots";

    /** MariaDB's "Got error ... from regexp". */
    private static final int ER_REGEXP_ERROR = 1139;

    private final Database database;

    public RegistryQueries(Database database) {
        this.database = database;
    }

    public List<RegistryViews.Customer> customers() {
        return database.list("SELECT code, name FROM customers ORDER BY code", List.of(),
                row -> new RegistryViews.Customer(row.getString("code"), row.getString("name")));
    }

    public Optional<RegistryViews.Customer> customer(String code) {
        return database.one("SELECT code, name FROM customers WHERE code = ?", List.of(code),
                row -> new RegistryViews.Customer(row.getString("code"), row.getString("name")));
    }

    public List<RegistryViews.Project> projects(String customerCode) {
        return database.list("SELECT c.code AS customer, p.code, p.name FROM projects p"
                        + " JOIN customers c ON c.id = p.customer_id WHERE c.code = ? ORDER BY p.code",
                List.of(customerCode), RegistryQueries::project);
    }

    public Optional<RegistryViews.Project> project(String customerCode, String code) {
        return database.one("SELECT c.code AS customer, p.code, p.name FROM projects p"
                        + " JOIN customers c ON c.id = p.customer_id WHERE c.code = ? AND p.code = ?",
                List.of(customerCode, code), RegistryQueries::project);
    }

    /** Locations at or under {@code under} (every location when null), in path order. */
    public List<RegistryViews.Location> locations(String under) {
        Where where = new Where();
        if (under != null) {
            where.and("(path = ? OR path LIKE ? ESCAPE '\\\\')", under, Where.likePrefix(under + "/"));
        }
        return database.list("SELECT path, kind, code, name FROM locations" + where.sql() + " ORDER BY path",
                where.params(), RegistryQueries::location);
    }

    public Optional<RegistryViews.Location> location(String path) {
        return database.one("SELECT path, kind, code, name FROM locations WHERE path = ?", List.of(path),
                RegistryQueries::location);
    }

    public List<RegistryViews.LotRule> lots() {
        return database.list(LOTS + " ORDER BY component_type, priority DESC, code", List.of(), RegistryQueries::lot);
    }

    public Optional<RegistryViews.LotRule> lot(String code) {
        return database.one(LOTS + " WHERE code = ?", List.of(code), RegistryQueries::lot);
    }

    /** Whether MariaDB accepts {@code pattern} as a regular expression. */
    public boolean validRegexp(String pattern) {
        try (java.sql.Connection connection = database.dataSource().getConnection()) {
            Database.list(connection, "SELECT '' REGEXP ?", List.of(pattern), row -> row.getObject(1));
            return true;
        } catch (SQLException e) {
            if (e.getErrorCode() == ER_REGEXP_ERROR) {
                return false;
            }
            throw Database.unavailable(e);
        }
    }

    private static RegistryViews.Project project(ResultSet row) throws SQLException {
        return new RegistryViews.Project(row.getString("customer"), row.getString("code"), row.getString("name"));
    }

    private static RegistryViews.Location location(ResultSet row) throws SQLException {
        return new RegistryViews.Location(row.getString("path"), row.getString("kind"), row.getString("code"),
                row.getString("name"));
    }

    private static RegistryViews.LotRule lot(ResultSet row) throws SQLException {
        return new RegistryViews.LotRule(row.getString("code"), row.getString("component_type"),
                row.getString("vendor_pattern"), row.getString("model_pattern"), row.getString("capacity_pattern"),
                Database.nullableLong(row, "capacity_min_bytes"), Database.nullableLong(row, "capacity_max_bytes"),
                row.getInt("priority"), row.getString("description"));
    }
}
