package io.reanimator.record.db;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a WHERE clause from fixed SQL fragments and bound values: request strings only ever become parameters.
 */
public final class Where {

    private final List<String> clauses = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    /** Adds {@code fragment} (constant SQL with {@code ?} placeholders) and its values. */
    public Where and(String fragment, Object... values) {
        clauses.add(fragment);
        params.addAll(java.util.Arrays.asList(values));
        return this;
    }

    public String sql() {
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    public List<Object> params() {
        return params;
    }

    /** {@code value} for a LIKE pattern with {@code \} as escape: its own wildcards match only themselves. */
    public static String likePrefix(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
