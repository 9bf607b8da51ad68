package io.reanimator.embedded.mariadb;

import io.reanimator.schemas.db.MariaDbUrls;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Server-level statements and file clean-up shared by the {@link MariaDbServer} implementations. */
final class ServerAdmin {

    /** MariaDB's ER_DB_CREATE_EXISTS. */
    private static final int DATABASE_EXISTS = 1007;

    private ServerAdmin() {
    }

    static boolean createDatabase(String serverUrl, String username, String password, String name) {
        String sql = "CREATE DATABASE " + MariaDbUrls.requireDatabaseName(name)
                + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci";
        try {
            execute(serverUrl, username, password, sql);
            return true;
        } catch (SQLException e) {
            if (e.getErrorCode() == DATABASE_EXISTS) {
                return false;
            }
            throw new IllegalStateException("Could not create database " + name + " on " + serverUrl, e);
        }
    }

    static void dropDatabase(String serverUrl, String username, String password, String name) {
        try {
            execute(serverUrl, username, password, "DROP DATABASE IF EXISTS " + MariaDbUrls.requireDatabaseName(name));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop database " + name + " on " + serverUrl, e);
        }
    }

    private static void execute(String serverUrl, String username, String password, String sql)
            throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                MariaDbUrls.withSessionOptions(serverUrl), username, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
