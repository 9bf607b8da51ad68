package io.reanimator.record.db;

import java.util.List;
import java.util.stream.Collectors;

import io.reanimator.record.web.ApiException;

/**
 * Resolves the {@code {id}} of a path to a row id: the internal id when the text is a number that names a row,
 * else the identity key, else the serial. A serial shared by several rows (two vendors) is a 409 naming them.
 */
public final class SubjectLookup {

    /** The two tables a path can name; the SQL is fixed per table. */
    public enum Table {
        ASSETS("asset", "assets"), COMPONENTS("component", "components");

        private final String noun;
        private final String sql;

        Table(String noun, String table) {
            this.noun = noun;
            this.sql = "SELECT id, 0 AS pref FROM " + table + " WHERE id = ?"
                    + " UNION ALL SELECT id, 1 FROM " + table + " WHERE identity_key = ?"
                    + " UNION ALL SELECT id, 2 FROM " + table + " WHERE serial = ?"
                    + " ORDER BY pref, id LIMIT 6";
        }
    }

    private record Match(long id, int pref) {
    }

    private final Database database;

    public SubjectLookup(Database database) {
        this.database = database;
    }

    /** @throws ApiException 404 when nothing matches, 409 when a serial is ambiguous, 400 when blank */
    public long resolve(Table table, String idOrKey) {
        return find(table, idOrKey).orElseThrow(() -> ApiException.notFound("no " + table.noun + " '" + idOrKey
                + "' (give its id, identity key or serial)"));
    }

    /** Like {@link #resolve} but empty when nothing matches. */
    public java.util.Optional<Long> find(Table table, String idOrKey) {
        if (idOrKey == null || idOrKey.isBlank() || idOrKey.length() > 255) {
            throw ApiException.badRequest("an id, identity key or serial of at most 255 characters is required");
        }
        List<Match> matches = database.list(table.sql, List.of(numericId(idOrKey), idOrKey, idOrKey),
                row -> new Match(row.getLong("id"), row.getInt("pref")));
        if (matches.isEmpty()) {
            return java.util.Optional.empty();
        }
        int best = matches.get(0).pref();
        List<Long> ids = matches.stream().filter(m -> m.pref() == best).map(Match::id).distinct().toList();
        if (ids.size() > 1) {
            throw ApiException.conflict("serial '" + idOrKey + "' names several " + table.noun + "s; use an id",
                    List.of(ids.stream().map(String::valueOf).collect(Collectors.joining(", ", "ids: ", ""))));
        }
        return java.util.Optional.of(ids.get(0));
    }

    private static long numericId(String text) {
        if (text.length() > 18 || !text.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Long.parseLong(text);
    }
}
