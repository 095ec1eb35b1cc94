package org.tnracademy.ui.exercise.setselection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

import org.tnracademy.core.dataset.DatasetQuery;
import org.tnracademy.core.dataset.DatasetRow;
import org.tnracademy.core.dataset.DatasetService;

/**
 * Pages of one dataset for a lazy grid, in dataset order. Text and language are filtered by the
 * database. The filters the dataset service does not offer (author, platform, a set of item keys)
 * are applied here: one pass over the database-filtered rows, 500 at a time, keeps only the
 * positions of the matching rows, and pages are then read back by position. So the session holds
 * at most one int per matching row, never the rows themselves.
 */
final class DatasetRowSource {

    private static final int SCAN_BATCH = 500;

    /**
     * What the grid shows. {@code author} and {@code platform} match without case, as a part of the
     * value, or the whole value when {@code exactAuthor}; {@code keep} is any further condition on
     * the item key, null for none; {@code version} changes when what {@code keep} accepts changes.
     */
    record Filter(String text, String language, String author, boolean exactAuthor, String platform,
                  Predicate<String> keep, int version) {

        Filter {
            text = text == null ? "" : text.strip();
            language = language == null ? "" : language;
            author = author == null ? "" : author.strip().toLowerCase(Locale.ROOT);
            platform = platform == null ? "" : platform.strip().toLowerCase(Locale.ROOT);
        }

        boolean needsScan() {
            return !author.isEmpty() || !platform.isEmpty() || keep != null;
        }

        boolean accepts(DatasetRow row) {
            String rowAuthor = row.author() == null ? "" : row.author().toLowerCase(Locale.ROOT);
            String rowPlatform = row.platform() == null ? "" : row.platform().toLowerCase(Locale.ROOT);
            return (author.isEmpty() || (exactAuthor ? rowAuthor.equals(author) : rowAuthor.contains(author)))
                    && (platform.isEmpty() || rowPlatform.contains(platform))
                    && (keep == null || keep.test(row.itemKey()));
        }

        /** Equal filters give equal rows: the predicate counts by identity, with its version. */
        boolean sameAs(Filter other) {
            return other != null && text.equals(other.text) && language.equals(other.language)
                    && author.equals(other.author) && exactAuthor == other.exactAuthor
                    && platform.equals(other.platform) && keep == other.keep && version == other.version;
        }
    }

    private final DatasetService datasets;
    private final long datasetId;
    private Filter scannedFor;
    private int[] scannedPositions;

    DatasetRowSource(DatasetService datasets, long datasetId) {
        this.datasets = datasets;
        this.datasetId = Objects.requireNonNull(datasetId);
    }

    int count(Filter filter) {
        if (!filter.needsScan()) {
            return datasets.count(datasetId, serverQuery(filter));
        }
        return positions(filter).length;
    }

    List<DatasetRow> rows(Filter filter, int offset, int limit) {
        if (!filter.needsScan()) {
            return datasets.rows(datasetId, serverQuery(filter), offset, limit);
        }
        int[] positions = positions(filter);
        List<DatasetRow> page = new ArrayList<>(Math.max(0, Math.min(limit, positions.length - offset)));
        int i = offset;
        int end = Math.min(positions.length, offset + limit);
        while (i < end) {
            // consecutive positions are read in one query
            int runStart = i;
            while (i + 1 < end && positions[i + 1] == positions[i] + 1) {
                i++;
            }
            i++;
            page.addAll(datasets.rows(datasetId, DatasetQuery.all(), positions[runStart], i - runStart));
        }
        return page;
    }

    private int[] positions(Filter filter) {
        if (filter.sameAs(scannedFor)) {
            return scannedPositions;
        }
        DatasetQuery query = serverQuery(filter);
        int[] found = new int[16];
        int size = 0;
        for (int offset = 0; ; offset += SCAN_BATCH) {
            List<DatasetRow> batch = datasets.rows(datasetId, query, offset, SCAN_BATCH);
            for (DatasetRow row : batch) {
                if (filter.accepts(row)) {
                    if (size == found.length) {
                        found = java.util.Arrays.copyOf(found, size * 2);
                    }
                    found[size++] = row.position();
                }
            }
            if (batch.size() < SCAN_BATCH) {
                break;
            }
        }
        scannedFor = filter;
        scannedPositions = java.util.Arrays.copyOf(found, size);
        return scannedPositions;
    }

    /**
     * The part the database filters. With no search text, an author filter is sent as the text: the
     * database then narrows the rows to those mentioning the author, and the exact check is ours.
     */
    private static DatasetQuery serverQuery(Filter filter) {
        String text = filter.text().isEmpty() ? filter.author() : filter.text();
        return new DatasetQuery(text, filter.language(), List.of());
    }
}
