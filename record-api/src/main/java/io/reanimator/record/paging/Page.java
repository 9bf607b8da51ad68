package io.reanimator.record.paging;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One page of a list: its items and the cursor of the next page, {@code null} on the last page.
 *
 * @param items      at most the requested limit
 * @param nextCursor pass as {@code ?cursor=} with the same filters for the next page
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Page<T>(List<T> items, String nextCursor) {

    public Page {
        items = List.copyOf(items);
    }
}
