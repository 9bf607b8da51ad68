package io.reanimator.schemas.db;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Builds MariaDB JDBC URLs with the session options every Reanimator connection needs.
 *
 * <p>The options, checked against MariaDB Connector/J 3.5.11's {@code org.mariadb.jdbc.Configuration}:
 * <ul>
 *   <li>{@code connectionTimeZone=UTC}: the zone the driver assumes for the server session;</li>
 *   <li>{@code forceConnectionTimeZoneToSession=true}: the driver runs {@code SET time_zone='+00:00'} on
 *       connect, so {@code NOW(6)} and {@code UTC_TIMESTAMP(6)} agree even on a server whose default zone
 *       is not UTC. (The older {@code timezone=UTC} is an alias for these two.)</li>
 * </ul>
 * Deliberately not set: {@code preserveInstants} (with it, {@code getString} on a DATETIME shifts the
 * value into the JVM zone and {@code java.time.Instant} is still converted through the JVM zone), and
 * {@code rewriteBatchedStatements} (3.x sends INSERT batches in bulk by default:
 * {@code useBulkStmtsForInserts=true}). DATETIME(6) columns hold UTC; bind and read them as
 * {@code LocalDateTime} at UTC, which no zone setting can shift.
 */
public final class MariaDbUrls {

    /** Query options set on every URL, in this order. */
    public static final List<Map.Entry<String, String>> SESSION_OPTIONS = List.of(
            Map.entry("connectionTimeZone", "UTC"),
            Map.entry("forceConnectionTimeZoneToSession", "true"));

    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");

    private MariaDbUrls() {
    }

    /**
     * The URL of one database on a server.
     *
     * @param serverUrl a server URL such as {@code jdbc:mariadb://db:3306/},
     *                  {@code jdbc:mariadb:sequential://db1,db2/} or {@code jdbc:mariadb://db:3306/?sslMode=verify-full};
     *                  a database already in it is replaced
     * @param database  letters, digits and underscores only
     */
    public static String forDatabase(String serverUrl, String database) {
        requireDatabaseName(database);
        String[] parts = splitQuery(serverUrl);
        String authority = parts[0].substring(0, authorityEnd(parts[0]));
        return withSessionOptions(authority + "/" + database + (parts[1].isEmpty() ? "" : "?" + parts[1]));
    }

    /** The URL with {@link #SESSION_OPTIONS} set, replacing any other value given for those options. */
    public static String withSessionOptions(String url) {
        String[] parts = splitQuery(url);
        Map<String, String> options = new LinkedHashMap<>();
        for (String pair : parts[1].split("&")) {
            if (!pair.isEmpty()) {
                int eq = pair.indexOf('=');
                options.put(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
            }
        }
        SESSION_OPTIONS.forEach(option -> options.put(option.getKey(), option.getValue()));
        StringBuilder query = new StringBuilder();
        options.forEach((key, value) -> query.append(query.length() == 0 ? "" : "&").append(key).append('=').append(value));
        return parts[0] + "?" + query;
    }

    /** Rejects names that would need quoting; they are put into SQL and URLs as they are. */
    public static String requireDatabaseName(String database) {
        if (database == null || !DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException(
                    "Database name must be 1 to 64 letters, digits or underscores, got: " + database);
        }
        return database;
    }

    private static String[] splitQuery(String url) {
        if (url == null || !url.startsWith("jdbc:mariadb:") || !url.contains("//")) {
            throw new IllegalArgumentException("Expected a jdbc:mariadb:[mode:]//host/ URL, got: " + url);
        }
        int q = url.indexOf('?');
        return q < 0 ? new String[] {url, ""} : new String[] {url.substring(0, q), url.substring(q + 1)};
    }

    private static int authorityEnd(String urlWithoutQuery) {
        int slash = urlWithoutQuery.indexOf('/', urlWithoutQuery.indexOf("//") + 2);
        return slash < 0 ? urlWithoutQuery.length() : slash;
    }
}
