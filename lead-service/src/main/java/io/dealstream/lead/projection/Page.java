package io.dealstream.lead.projection;

import java.util.List;

/** One page of a list, with the total count for paging controls. */
public record Page<T>(List<T> items, int page, int size, long total) {
}
