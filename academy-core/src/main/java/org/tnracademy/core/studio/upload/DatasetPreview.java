package org.tnracademy.core.studio.upload;

import java.util.List;
import java.util.Optional;

import org.tnracademy.core.packs.CoursePack;
import org.tnracademy.core.packs.PackProblem;

/**
 * An uploaded dataset file as read, before anything is stored: its items (in file order) and every
 * problem found, each with its line. Held only while the instructor looks at it; its size is
 * bounded by {@link DatasetFile#MAX_BYTES}.
 */
public final class DatasetPreview {

    /** Rows a grid shows first. */
    public static final int FIRST_PAGE = 50;

    private final String fileName;
    private final DatasetFormat format;
    private final List<CoursePack.Post> items;
    private final List<PackProblem> problems;

    DatasetPreview(String fileName, DatasetFormat format, List<CoursePack.Post> items, List<PackProblem> problems) {
        this.fileName = fileName;
        this.format = format;
        this.items = List.copyOf(items);
        this.problems = List.copyOf(problems);
    }

    public String fileName() {
        return fileName;
    }

    /** Empty when the file's extension is none of the accepted ones. */
    public Optional<DatasetFormat> format() {
        return Optional.ofNullable(format);
    }

    /** Every problem, the first {@code 100} of them and then "and N more". Empty when it can be stored. */
    public List<PackProblem> problems() {
        return problems;
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    /** The items that could be read (all of them when {@link #valid()}). */
    public int itemCount() {
        return items.size();
    }

    /** A page of the items, for a lazy grid. */
    public List<CoursePack.Post> items(int offset, int limit) {
        int from = Math.min(Math.max(0, offset), items.size());
        int to = (int) Math.min(items.size(), (long) from + Math.max(0, limit));
        return items.subList(from, to);
    }

    public List<CoursePack.Post> firstPage() {
        return items(0, FIRST_PAGE);
    }

    /** All items, to store them. */
    List<CoursePack.Post> allItems() {
        return items;
    }
}
