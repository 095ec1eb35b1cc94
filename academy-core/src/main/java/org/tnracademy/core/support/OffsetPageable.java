package org.tnracademy.core.support;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Offset and limit as Vaadin's lazy grids ask for them (the offset need not be a multiple of the
 * limit, which page numbers cannot express).
 */
public record OffsetPageable(long offset, int limit, Sort sort) implements Pageable {

    public OffsetPageable {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        limit = Math.max(1, limit);
        sort = sort == null ? Sort.unsorted() : sort;
    }

    public static OffsetPageable of(int offset, int limit) {
        return new OffsetPageable(offset, limit, Sort.unsorted());
    }

    public static OffsetPageable of(int offset, int limit, Sort sort) {
        return new OffsetPageable(offset, limit, sort);
    }

    @Override
    public int getPageNumber() {
        return (int) (offset / limit);
    }

    @Override
    public int getPageSize() {
        return limit;
    }

    @Override
    public long getOffset() {
        return offset;
    }

    @Override
    public Sort getSort() {
        return sort;
    }

    @Override
    public Pageable next() {
        return new OffsetPageable(offset + limit, limit, sort);
    }

    @Override
    public Pageable previousOrFirst() {
        return new OffsetPageable(Math.max(0, offset - limit), limit, sort);
    }

    @Override
    public Pageable first() {
        return new OffsetPageable(0, limit, sort);
    }

    @Override
    public Pageable withPage(int pageNumber) {
        return new OffsetPageable((long) pageNumber * limit, limit, sort);
    }

    @Override
    public boolean hasPrevious() {
        return offset > 0;
    }
}
