package io.reanimator.sink.errors;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.HashSet;
import java.util.Set;

/**
 * Sorts database errors into the sink's three paths by SQLState, the way debezium's JDBC sink does:
 * <ul>
 *   <li>{@link Kind#TRANSIENT}: {@code 08*} (connection), {@code 40*} (rollback: serialization failure,
 *       deadlock), lock wait timeout, and anything not recognised — roll back, pause, retry with backoff;</li>
 *   <li>{@link Kind#DATA}: {@code 22*} (data exception: too long, out of range) and {@code 23*} (integrity:
 *       CHECK, unique, foreign key) — find the record, dead-letter it, carry on;</li>
 *   <li>{@link Kind#FATAL}: {@code 28*} (authorization) and {@code 42*} (the schema does not match the sink's
 *       statements) — retrying cannot help; the sink stops and says why.</li>
 * </ul>
 * The whole chain (causes and next exceptions) is searched; the first decisive state wins.
 */
public final class SqlErrors {

    /** What to do about a database error. */
    public enum Kind { TRANSIENT, DATA, FATAL }

    private static final int ER_LOCK_WAIT_TIMEOUT = 1205;
    private static final int ER_LOCK_DEADLOCK = 1213;

    private SqlErrors() {
    }

    public static Kind classify(SQLException error) {
        Set<Throwable> seen = new HashSet<>();
        Throwable current = error;
        while (current != null && seen.add(current)) {
            if (current instanceof SQLException sql) {
                Kind kind = byState(sql);
                if (kind != null) {
                    return kind;
                }
                if (sql.getNextException() != null && !seen.contains(sql.getNextException())) {
                    Kind next = classify(sql.getNextException());
                    if (next != Kind.TRANSIENT) {
                        return next;
                    }
                }
            }
            current = current.getCause();
        }
        return Kind.TRANSIENT;
    }

    /** The SQLState and vendor code of the first SQLException in the chain, for logs and dead letters. */
    public static String describe(SQLException error) {
        return "SQLState " + error.getSQLState() + ", error " + error.getErrorCode() + ": " + error.getMessage();
    }

    private static Kind byState(SQLException sql) {
        String state = sql.getSQLState();
        if (sql.getErrorCode() == ER_LOCK_DEADLOCK || sql.getErrorCode() == ER_LOCK_WAIT_TIMEOUT) {
            return Kind.TRANSIENT;
        }
        if (state != null && state.length() >= 2) {
            switch (state.substring(0, 2)) {
                case "08", "40" -> {
                    return Kind.TRANSIENT;
                }
                case "22", "23" -> {
                    return Kind.DATA;
                }
                case "28", "42" -> {
                    return Kind.FATAL;
                }
                default -> {
                    // HY000 and others: decided by the exception class below, or by the cause.
                }
            }
        }
        if (sql instanceof SQLTransientException || sql instanceof SQLRecoverableException) {
            return Kind.TRANSIENT;
        }
        return null;
    }
}
