package org.tnracademy.ui.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;

/**
 * Column priority for a grid read in a narrow place: when the grid is narrower than its full
 * columns need (a phone, a tablet, a laptop with the menu open), the columns of details are hidden
 * and one stacked column shows them as a small line above the main text, so nothing is cut and
 * neither the page nor the grid scrolls sideways; a grid wide enough shows the full columns. The
 * grid's own width is watched in the browser (a {@code ResizeObserver}), so it is right whatever
 * surrounds the grid: a second pane, the navigation drawer, a dialog.
 * <p>
 * The stacked column exists only while the grid is narrow: Vaadin sends a hidden column's data for
 * every row all the same, and keeps its listeners on the heap. Until its first width is fitted the
 * grid is laid out but not shown ({@value #FITTING}), so a laptop never sees the full columns
 * flash and turn into the stacked one; the style sheet shows it after a second whatever happens.
 */
public final class ColumnPriority<T> {

    /** A column that sets no width of its own is counted at this much when the full columns' need is summed. */
    static final double UNSIZED_COLUMN_PX = 8 * 16;
    /** Widening back to the full columns needs this much room to spare, so a scroll bar coming and going cannot make it flicker. */
    static final int SPARE_PX = 24;
    /** The stacked column's key, while there is one. */
    static final String STACKED_KEY = "academy-stacked";
    /** The attribute a grid carries until its first width is fitted (styles.css keeps it unseen meanwhile). */
    static final String FITTING = "academy-fitting";
    /** Reports the grid's width when it changes, once per grid element (its content box, whole pixels; 0 while hidden). */
    private static final String WATCH_WIDTH = """
            const grid = this;
            if (!grid.__academyWidth) {
              let last = -1;
              grid.__academyWidth = new ResizeObserver(entries => {
                const width = Math.round(entries[entries.length - 1].contentRect.width);
                if (width !== last) {
                  last = width;
                  grid.dispatchEvent(new CustomEvent('academy-grid-width', {detail: width}));
                }
              });
              grid.__academyWidth.observe(grid);
            }""";

    private final Grid<T> grid;
    private final List<Grid.Column<T>> wideOnly = new ArrayList<>();
    /** Makes the stacked column, each time the grid turns narrow; null when there is none. */
    private Supplier<Grid.Column<T>> stackedFactory;
    /** The column the stacked one follows (null: it comes first), so that it keeps its place. */
    private Grid.Column<T> stackedAfter;
    /** The stacked column while the grid is narrow, else null. */
    private Grid.Column<T> stacked;
    private final List<Runnable> listeners = new ArrayList<>();
    private boolean narrow;
    /** The full columns' need in CSS pixels, or -1 until the grid first reports its width. */
    private double fullWidthPx = -1;

    private ColumnPriority(Grid<T> grid) {
        this.grid = grid;
        grid.getElement().setAttribute(FITTING, true);
        grid.getElement().addEventListener("academy-grid-width", e -> fit(e.getEventData().get("event.detail").asInt()))
                .addEventData("event.detail").debounce(100);
        grid.addAttachListener(attach -> grid.getElement().executeJs(WATCH_WIDTH));
    }

    public static <T> ColumnPriority<T> of(Grid<T> grid) {
        return new ColumnPriority<>(grid);
    }

    /** Columns shown only on a wide window: their content is in the stacked column on a phone. */
    @SafeVarargs
    public final ColumnPriority<T> wideOnly(Grid.Column<T>... columns) {
        for (Grid.Column<T> column : columns) {
            wideOnly.add(column);
            column.setVisible(!narrow);
        }
        return this;
    }

    /**
     * Adds the stacked column shown only on a phone: a small line of details (the hidden columns'
     * values) above the main text, both wrapping anywhere (hashes and handles have no spaces).
     */
    public ColumnPriority<T> stacked(String header, Function<T, String> details, Function<T, String> text) {
        return stacked(header, details, text, "", null);
    }

    /** As {@link #stacked(String, Function, Function)}, the text with a CSS class of its own (such as monospace). */
    public ColumnPriority<T> stacked(String header, Function<T, String> details, Function<T, String> text,
                                     String textClass) {
        return stacked(header, details, text, textClass, null);
    }

    /**
     * As {@link #stacked(String, Function, Function, String)}, with a note (an explanation) in a
     * third line below the text; no note line when {@code note} is null.
     */
    public ColumnPriority<T> stacked(String header, Function<T, String> details, Function<T, String> text,
                                     String textClass, Function<T, String> note) {
        return stacked(header, details, text, textClass, note, null, false);
    }

    /**
     * As {@link #stacked(String, Function, Function)}, for dataset text whose language is not
     * recorded (a timeline event): its direction from its letters, Latin runs of right-to-left text
     * isolated ({@link PostText}).
     */
    public ColumnPriority<T> stackedPost(String header, Function<T, String> details, Function<T, String> text) {
        return stacked(header, details, text, PostText.CLASSES, null, null, true);
    }

    /**
     * As {@link #stacked(String, Function, Function)}, for dataset text in a language of its own:
     * the text carries the row's {@code lang} ({@link PostText}).
     */
    public ColumnPriority<T> stackedPost(String header, Function<T, String> details, Function<T, String> text,
                                         Function<T, String> lang) {
        return stacked(header, details, text, PostText.CLASSES, null, lang, true);
    }

    private ColumnPriority<T> stacked(String header, Function<T, String> details, Function<T, String> text,
                                      String textClass, Function<T, String> note, Function<T, String> lang,
                                      boolean post) {
        if (stackedFactory != null) {
            throw new IllegalStateException("a grid has one stacked column");
        }
        List<Grid.Column<T>> columns = grid.getColumns();
        stackedAfter = columns.isEmpty() ? null : columns.getLast();
        stackedFactory = () -> stackedColumn(header, details, text, textClass, note, lang, post);
        if (narrow) {
            showStacked();
        }
        return this;
    }

    private Grid.Column<T> stackedColumn(String header, Function<T, String> details, Function<T, String> text,
                                         String textClass, Function<T, String> note, Function<T, String> lang,
                                         boolean post) {
        // the text's direction from its language, else from its own letters: an Arabic post reads right to left
        LitRenderer<T> renderer = LitRenderer.<T>of("""
                        <div class="academy-stacked"><span class="academy-stacked-details">${item.details}</span>\
                        <span class="academy-evidence %s" %s>%s</span>%s</div>""".formatted(textClass,
                        lang == null ? "dir=\"auto\"" : "lang=\"${item.lang}\" dir=\"${item.dir}\"",
                        post ? PostText.PARTS : "${item.text}",
                        note == null ? "" : "<span class=\"academy-stacked-note\">${item.note}</span>"))
                .withProperty("details", details::apply).withProperty("text", text::apply);
        if (note != null) {
            renderer.withProperty("note", note::apply);
        }
        if (post) {
            renderer.withProperty("parts", r -> PostText.parts(text.apply(r)));
        }
        if (lang != null) {
            renderer.withProperty("lang", r -> PostText.tag(lang.apply(r)))
                    .withProperty("dir", r -> PostText.direction(lang.apply(r)));
        }
        return grid.addColumn(renderer).setHeader(header).setFlexGrow(1).setWidth("8rem").setKey(STACKED_KEY);
    }

    /** Adds the stacked column in its place: right after the column it followed when it was declared. */
    private void showStacked() {
        stacked = stackedFactory.get();
        List<Grid.Column<T>> order = new ArrayList<>(grid.getColumns());
        order.remove(stacked);
        order.add(stackedAfter == null ? 0 : order.indexOf(stackedAfter) + 1, stacked);
        if (!order.equals(grid.getColumns())) {
            grid.setColumnOrder(order);
        }
    }

    /** All the grid's columns from the given place on are shown only on a wide window. */
    @SuppressWarnings("unchecked")
    public ColumnPriority<T> wideOnlyFrom(int index) {
        List<Grid.Column<T>> columns = grid.getColumns();
        return wideOnly(columns.subList(index, columns.size()).toArray(Grid.Column[]::new));
    }

    /** "Label: value" as a stacked line shows a hidden column's header beside its value. */
    public static String pair(com.vaadin.flow.component.Component in, String label, String value) {
        return in.getTranslation("phone.stacked.pair", label, value);
    }

    /** The given parts of a stacked details line, the blank ones left out. */
    public static String details(String... parts) {
        return java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank())
                .collect(java.util.stream.Collectors.joining(" · "));
    }

    /** Runs when the grid turns narrow or wide, such as to give a column a phone's width. */
    public ColumnPriority<T> onChange(Runnable listener) {
        listeners.add(listener);
        return this;
    }

    public boolean isNarrow() {
        return narrow;
    }

    /** Shows the full columns when the grid's width holds them, the stacked column when it does not. */
    void fit(int widthPx) {
        if (widthPx <= 0) {
            return; // hidden (a closed panel): nothing to fit yet
        }
        if (fullWidthPx < 0) {
            fullWidthPx = fullColumnsWidthPx();
        }
        set(narrow ? widthPx < fullWidthPx + SPARE_PX : widthPx < fullWidthPx);
        grid.getElement().removeAttribute(FITTING);
    }

    /**
     * What the full columns need side by side: the sum of their widths, which the grid never
     * shrinks a column below. Read once, before any listener resizes a column for the stacked view.
     */
    private double fullColumnsWidthPx() {
        double sum = 0;
        for (Grid.Column<T> column : grid.getColumns()) {
            if (column != stacked) {
                sum += CssLength.px(column.getWidth(), UNSIZED_COLUMN_PX);
            }
        }
        return sum;
    }

    private void set(boolean narrow) {
        if (narrow == this.narrow) {
            return;
        }
        this.narrow = narrow;
        wideOnly.forEach(c -> c.setVisible(!narrow));
        if (stackedFactory != null) {
            if (narrow) {
                showStacked();
            } else {
                grid.removeColumn(stacked);
                stacked = null;
            }
        }
        listeners.forEach(Runnable::run);
    }
}
