package org.tnracademy.ui.exercise.spans;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import org.tnracademy.exercises.spans.MarkedSpan;
import org.tnracademy.exercises.spans.SpansSpec;

/**
 * A post's text with the learner's marks highlighted, one colour per category. Only the text is
 * put inside, so a browser selection measured from its start counts exactly the post's UTF-16 code
 * units; category names go in the marks' titles, not in the text.
 */
final class PostTextView extends Div {

    static final String[] COLOURS = {"#ffe08a", "#b7e4c7", "#a9d6f5", "#f5b7c8", "#d7c4f0", "#ffd1a9", "#c9e8e0",
            "#e6d3b3"};

    /**
     * Reads the selection inside this element as "start,end" in UTF-16 code units (JavaScript
     * string lengths are UTF-16), or "" when nothing inside is selected.
     */
    private static final String READ_SELECTION = """
            const sel = window.getSelection();
            if (!sel || sel.rangeCount === 0 || sel.isCollapsed) { return ''; }
            const r = sel.getRangeAt(0);
            if (!this.contains(r.startContainer) || !this.contains(r.endContainer)) { return ''; }
            const before = document.createRange();
            before.selectNodeContents(this);
            before.setEnd(r.startContainer, r.startOffset);
            const start = before.toString().length;
            return start + ',' + (start + r.toString().length);
            """;

    /**
     * Shows the selection the workspace will mark, UTF-16 offsets $0 to $1 of the text, so a
     * selection widened to whole characters is seen widened.
     */
    private static final String SELECT = """
            const walker = document.createTreeWalker(this, NodeFilter.SHOW_TEXT);
            const range = document.createRange();
            let seen = 0;
            let started = false;
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const length = node.data.length;
              if (!started && $0 <= seen + length) { range.setStart(node, $0 - seen); started = true; }
              if (started && $1 <= seen + length) {
                range.setEnd(node, $1 - seen);
                const sel = window.getSelection();
                sel.removeAllRanges();
                sel.addRange(range);
                return;
              }
              seen += length;
            }
            """;

    private final SpansSpec spec;

    PostTextView(SpansSpec spec, Consumer<String> onSelection) {
        this.spec = spec;
        setId("post-text");
        getStyle().set("white-space", "pre-wrap").set("font-size", "var(--lumo-font-size-l)")
                .set("line-height", "1.8").set("padding", "var(--lumo-space-m)")
                .set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("user-select", "text").set("max-height", "24rem").set("overflow", "auto");
        getElement().setAttribute("role", "document");
        // an Arabic or Persian post reads right to left, as its first strong letter says; offsets stay in text order
        getElement().setAttribute("dir", "auto");
        // after a mouse or keyboard selection, its offsets are read and handed to the workspace
        getElement().addEventListener("mouseup", e -> readSelection(onSelection));
        getElement().addEventListener("keyup", e -> readSelection(onSelection));
    }

    private void readSelection(Consumer<String> onSelection) {
        getElement().executeJs(READ_SELECTION).then(String.class, onSelection::accept);
    }

    /** Selects UTF-16 offsets [start, end) of the text shown in the browser. */
    void select(int start, int end) {
        getElement().executeJs(SELECT, start, end);
    }

    void show(String text, List<MarkedSpan> marks) {
        getElement().removeAllChildren();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        marks.forEach(m -> {
            cuts.add(m.start());
            cuts.add(m.end());
        });
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            int a = from;
            int b = to;
            List<MarkedSpan> covering = marks.stream().filter(m -> m.start() <= a && b <= m.end()).toList();
            Element piece;
            if (covering.isEmpty()) {
                piece = new Element("span");
            } else {
                piece = new Element("mark");
                String titles = covering.stream().map(m -> title(m.category())).distinct()
                        .collect(Collectors.joining(", "));
                piece.setAttribute("title", titles);
                piece.getStyle().set("background", COLOURS[categoryIndex(covering.getFirst().category())
                        % COLOURS.length]).set("border-radius", "2px");
                if (covering.size() > 1) {
                    piece.getStyle().set("text-decoration", "underline double");
                }
            }
            piece.setText(text.substring(a, b));
            getElement().appendChild(piece);
            from = to;
        }
    }

    int categoryIndex(String category) {
        return Math.max(0, spec.categoryIds().indexOf(category));
    }

    private String title(String category) {
        Locale locale = getLocale();
        return spec.categories().stream().filter(c -> c.id().equals(category)).findFirst()
                .map(c -> c.title().in(locale)).orElse(category);
    }
}
