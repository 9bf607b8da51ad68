package io.reanimator.record.paging;

import java.util.List;
import java.util.function.Function;

/** Turns {@code limit + 1} fetched rows into a page: the extra row only says that another page exists. */
public final class Pages {

    private Pages() {
    }

    /**
     * @param rows     rows after the cursor, in order, at most {@code limit + 1}
     * @param position where each row sits in the order
     * @param query    the query's fingerprint, sealed into the next cursor
     */
    public static <R, T> Page<T> of(List<R> rows, int limit, Function<R, Position> position, Function<R, T> item,
                                    String query, CursorCodec cursors) {
        boolean more = rows.size() > limit;
        List<R> shown = more ? rows.subList(0, limit) : rows;
        String next = more ? cursors.encode(query, position.apply(shown.get(shown.size() - 1))) : null;
        return new Page<>(shown.stream().map(item).toList(), next);
    }
}
