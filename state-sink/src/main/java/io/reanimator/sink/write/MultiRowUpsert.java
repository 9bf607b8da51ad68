package io.reanimator.sink.write;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Objects;

/**
 * One multi-row {@code INSERT INTO t (..) VALUES (..),(..) ON DUPLICATE KEY UPDATE ..} statement per chunk of
 * rows. Update counts are not read: Connector/J may report "no info", and an upsert that changes nothing is
 * success. MariaDB evaluates the assignments of the update clause left to right and later ones see the
 * updated columns, which the callers rely on (the columns a condition reads are assigned last).
 */
public final class MultiRowUpsert {

    /** MariaDB accepts at most 65,535 placeholders per statement; stay well below. */
    private static final int MAX_PLACEHOLDERS = 30_000;
    private static final int MAX_ROWS = 1_000;

    private final String prefix;
    private final String onDuplicate;
    private final int columnCount;
    private final int rowsPerStatement;

    /**
     * @param table       table name
     * @param columns     inserted columns, in the order of each row's values
     * @param onDuplicate the assignments after {@code ON DUPLICATE KEY UPDATE}
     */
    public MultiRowUpsert(String table, List<String> columns, String onDuplicate) {
        Objects.requireNonNull(table, "table");
        this.columnCount = columns.size();
        this.prefix = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
        this.onDuplicate = " ON DUPLICATE KEY UPDATE " + Objects.requireNonNull(onDuplicate, "onDuplicate");
        this.rowsPerStatement = Math.max(1, Math.min(MAX_ROWS, MAX_PLACEHOLDERS / columnCount));
    }

    /** Writes {@code rows} (each with one value per column); returns how many rows were sent. */
    public int execute(Connection connection, List<Object[]> rows) throws SQLException {
        for (int from = 0; from < rows.size(); from += rowsPerStatement) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + rowsPerStatement));
            try (PreparedStatement statement = connection.prepareStatement(sql(chunk.size()))) {
                int index = 1;
                for (Object[] row : chunk) {
                    if (row.length != columnCount) {
                        throw new IllegalArgumentException("expected " + columnCount + " values, got " + row.length);
                    }
                    for (Object value : row) {
                        bind(statement, index++, value);
                    }
                }
                statement.executeUpdate();
            }
        }
        return rows.size();
    }

    String sql(int rowCount) {
        String tuple = "(" + "?, ".repeat(columnCount - 1) + "?)";
        StringBuilder sql = new StringBuilder(prefix.length() + rowCount * (tuple.length() + 2) + onDuplicate.length());
        sql.append(prefix);
        for (int i = 0; i < rowCount; i++) {
            sql.append(i == 0 ? "" : ", ").append(tuple);
        }
        return sql.append(onDuplicate).toString();
    }

    static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NULL);
        } else {
            statement.setObject(index, value);
        }
    }
}
