package org.tnracademy.ui.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.shared.Registration;

/**
 * Column priority for a grid read on a phone: below {@link #NARROW_PX} of window width the columns
 * of details are hidden and one stacked column shows them as a small line above the main text, so
 * nothing is cut and the page never scrolls sideways; wider windows show the full columns. The
 * window's width is read when the grid is attached and again when the window is resized.
 */
public final class ColumnPriority<T> {

    /** Below this window width (CSS pixels) a grid shows its stacked column: a phone, or a small tablet. */
    public static final int NARROW_PX = 720;

    private final Grid<T> grid;
    private final List<Grid.Column<T>> wideOnly = new ArrayList<>();
    private final List<Grid.Column<T>> narrowOnly = new ArrayList<>();
    private final List<Runnable> listeners = new ArrayList<>();
    private boolean narrow;

    private ColumnPriority(Grid<T> grid) {
        this.grid = grid;
        grid.addAttachListener(attach -> {
            UI ui = attach.getUI();
            ui.getPage().retrieveExtendedClientDetails(details -> set(details.getWindowInnerWidth() < NARROW_PX));
            Registration resize = ui.getPage().addBrowserWindowResizeListener(e -> set(e.getWidth() < NARROW_PX));
            grid.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
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
    public Grid.Column<T> stacked(String header, Function<T, String> details, Function<T, String> text) {
        return stacked(header, details, text, "", null);
    }

    /** As {@link #stacked(String, Function, Function)}, the text with a CSS class of its own (such as monospace). */
    public Grid.Column<T> stacked(String header, Function<T, String> details, Function<T, String> text,
                                  String textClass) {
        return stacked(header, details, text, textClass, null);
    }

    /**
     * As {@link #stacked(String, Function, Function, String)}, with a note (an explanation) in a
     * third line below the text; no note line when {@code note} is null.
     */
    public Grid.Column<T> stacked(String header, Function<T, String> details, Function<T, String> text,
                                  String textClass, Function<T, String> note) {
        return stacked(header, details, text, textClass, note, null, false);
    }

    /**
     * As {@link #stacked(String, Function, Function)}, for dataset text whose language is not
     * recorded (a timeline event): its direction from its letters, Latin runs of right-to-left text
     * isolated ({@link PostText}).
     */
    public Grid.Column<T> stackedPost(String header, Function<T, String> details, Function<T, String> text) {
        return stacked(header, details, text, PostText.CLASSES, null, null, true);
    }

    /**
     * As {@link #stacked(String, Function, Function)}, for dataset text in a language of its own:
     * the text carries the row's {@code lang} ({@link PostText}).
     */
    public Grid.Column<T> stackedPost(String header, Function<T, String> details, Function<T, String> text,
                                      Function<T, String> lang) {
        return stacked(header, details, text, PostText.CLASSES, null, lang, true);
    }

    private Grid.Column<T> stacked(String header, Function<T, String> details, Function<T, String> text,
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
        Grid.Column<T> column = grid.addColumn(renderer).setHeader(header).setFlexGrow(1).setWidth("8rem");
        narrowOnly.add(column);
        column.setVisible(narrow);
        return column;
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

    private void set(boolean narrow) {
        if (narrow == this.narrow) {
            return;
        }
        this.narrow = narrow;
        wideOnly.forEach(c -> c.setVisible(!narrow));
        narrowOnly.forEach(c -> c.setVisible(narrow));
        listeners.forEach(Runnable::run);
    }
}
