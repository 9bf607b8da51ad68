package io.reanimator.record.paging;

/**
 * Where a page ended, in the order of its rows: {@code (time, rank, id)}. Lists ordered by id alone use time and
 * rank 0; timelines order by event time (epoch microseconds), then by source ({@code rank}), then by row id, a
 * total order that rows inserted later cannot disturb (keyset pagination, never offsets).
 */
public record Position(long time, int rank, long id) {

    public static Position ofId(long id) {
        return new Position(0, 0, id);
    }
}
