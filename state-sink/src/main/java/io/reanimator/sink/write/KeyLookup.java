package io.reanimator.sink.write;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Resolves natural keys to surrogate ids with {@code SELECT key, id FROM t WHERE key IN (..)}, in chunks. */
public final class KeyLookup {

    private static final int CHUNK = 1_000;

    private final String table;
    private final String keyColumn;

    public KeyLookup(String table, String keyColumn) {
        this.table = table;
        this.keyColumn = keyColumn;
    }

    /** Surrogate id by key, for the keys that exist. */
    public Map<String, Long> ids(Connection connection, Collection<String> keys) throws SQLException {
        Map<String, Long> ids = new HashMap<>(keys.size() * 2);
        List<String> all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            String sql = "SELECT " + keyColumn + ", id FROM " + table + " WHERE " + keyColumn + " IN ("
                    + "?, ".repeat(chunk.size() - 1) + "?)";
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < chunk.size(); i++) {
                    statement.setString(i + 1, chunk.get(i));
                }
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        ids.put(result.getString(1), result.getLong(2));
                    }
                }
            }
        }
        return ids;
    }
}
