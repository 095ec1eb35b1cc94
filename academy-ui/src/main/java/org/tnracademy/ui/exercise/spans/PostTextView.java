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
import org.tnracademy.ui.layout.PostText;

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

    /**
     * Selecting from the keyboard, with the post text focused: the arrow keys move a caret over
     * the characters a reader sees (grapheme clusters, so an emoji or a flag is one step; Ctrl or
     * Alt with them, a word), Shift with them, Home or End selects; right to left posts move the
     * way they read. The selection is the browser's own, so it shows as any selection does; the
     * caret, which a read-only text has not, is drawn as a highlight of the character after it.
     * Each change is sent as a "post-keyboard-select" event ("start,end" in UTF-16 units), and
     * Enter or a digit as "post-keyboard-mark" (the range, and 0 for the chosen category or the
     * category of that number). Installed once per element; a new post starts at its beginning.
     */
    private static final String KEYBOARD_SELECTION = """
            const el = this;
            if (el.academyKeys) { return; }
            el.academyKeys = true;
            const graphemes = new Intl.Segmenter(undefined, {granularity: 'grapheme'});
            const words = new Intl.Segmenter(undefined, {granularity: 'word'});
            const text = () => el.textContent;
            const offsetOf = (node, offset) => {
              const r = document.createRange();
              r.selectNodeContents(el);
              r.setEnd(node, offset);
              return r.toString().length;
            };
            const pointAt = offset => {
              const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
              let seen = 0, last = null;
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                if (offset <= seen + node.data.length) { return [node, offset - seen]; }
                seen += node.data.length;
                last = node;
              }
              return last ? [last, last.data.length] : [el, 0];
            };
            const state = () => {
              const t = text();
              if (el.academyText !== t) { el.academyText = t; el.academyAnchor = 0; el.academyCaret = 0; }
              const sel = window.getSelection();
              if (sel && sel.rangeCount > 0 && !sel.isCollapsed && el.contains(sel.anchorNode)
                  && el.contains(sel.focusNode)) {
                return [offsetOf(sel.anchorNode, sel.anchorOffset), offsetOf(sel.focusNode, sel.focusOffset)];
              }
              return [el.academyAnchor, el.academyCaret];
            };
            const step = (t, at, forward, byWord) => {
              if (byWord) {
                let target = forward ? t.length : 0;
                for (const s of words.segment(t)) {
                  if (!s.isWordLike) { continue; }
                  const start = s.index, end = s.index + s.segment.length;
                  if (forward && end > at) { return end; }
                  if (!forward && start < at) { target = start; }
                }
                return target;
              }
              for (const s of graphemes.segment(t)) {
                const start = s.index, end = s.index + s.segment.length;
                if (forward && start >= at) { return end; }
                if (!forward && end >= at) { return start; }
              }
              return forward ? t.length : 0;
            };
            const show = (anchor, caret) => {
              el.academyAnchor = anchor;
              el.academyCaret = caret;
              const sel = window.getSelection();
              sel.removeAllRanges();
              if (window.CSS && CSS.highlights) { CSS.highlights.delete('academy-span-caret'); }
              const [node, offset] = pointAt(caret);
              if (anchor !== caret) {
                const [aNode, aOffset] = pointAt(anchor);
                sel.setBaseAndExtent(aNode, aOffset, node, offset);
              } else if (window.CSS && CSS.highlights) {
                const t = text();
                const next = step(t, caret, true, false);
                const r = document.createRange();
                r.setStart(node, offset);
                const [nNode, nOffset] = pointAt(next);
                r.setEnd(nNode, nOffset);
                CSS.highlights.set('academy-span-caret', new Highlight(r));
              }
              // the caret stays in sight in a long post
              const box = document.createRange();
              box.setStart(node, offset);
              const rect = box.getBoundingClientRect(), area = el.getBoundingClientRect();
              if (rect.bottom > area.bottom) { el.scrollTop += rect.bottom - area.bottom + 8; }
              if (rect.top < area.top) { el.scrollTop -= area.top - rect.top + 8; }
            };
            const range = (a, c) => Math.min(a, c) + ',' + Math.max(a, c);
            // the text drawn again with a new mark: the selection it made is gone, the caret stays
            el.academyRedrawn = () => {
              el.academyAnchor = el.academyCaret;
              if (document.activeElement === el) { show(el.academyCaret, el.academyCaret); }
            };
            el.addEventListener('focus', () => { const [a, c] = state(); show(a, c); });
            el.addEventListener('blur', () => {
              if (window.CSS && CSS.highlights) { CSS.highlights.delete('academy-span-caret'); }
            });
            el.addEventListener('keydown', e => {
              const t = text();
              const [anchor, caret] = state();
              const rtl = getComputedStyle(el).direction === 'rtl';
              let key = e.key;
              if (rtl && (key === 'ArrowLeft' || key === 'ArrowRight')) {
                key = key === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft';
              }
              const plain = !e.ctrlKey && !e.metaKey && !e.altKey;
              let to = null;
              if (key === 'ArrowRight' || key === 'ArrowLeft') {
                const forward = key === 'ArrowRight';
                to = !e.shiftKey && anchor !== caret ? (forward ? Math.max(anchor, caret) : Math.min(anchor, caret))
                    : step(t, caret, forward, e.ctrlKey || e.altKey);
              } else if (key === 'Home') {
                to = 0;
              } else if (key === 'End') {
                to = t.length;
              } else if ((e.ctrlKey || e.metaKey) && key.toLowerCase() === 'a') {
                e.preventDefault();
                show(0, t.length);
                el.dispatchEvent(new CustomEvent('post-keyboard-select', {detail: range(0, t.length)}));
                return;
              } else if (key === 'Escape' && anchor !== caret) {
                e.preventDefault();
                e.stopPropagation();
                show(caret, caret);
                el.dispatchEvent(new CustomEvent('post-keyboard-select', {detail: ''}));
                return;
              } else if (plain && (key === 'Enter' || /^[1-9]$/.test(key))) {
                e.preventDefault();
                el.dispatchEvent(new CustomEvent('post-keyboard-mark', {detail: {range: range(anchor, caret),
                    category: key === 'Enter' ? 0 : Number(key)}}));
                return;
              }
              if (to === null) { return; }
              e.preventDefault();
              if (e.shiftKey) { show(anchor, to); } else { show(to, to); }
              el.dispatchEvent(new CustomEvent('post-keyboard-select', {detail: e.shiftKey ? range(anchor, to) : ''}));
            });
            """;

    private final SpansSpec spec;

    /**
     * @param onSelection a mouse selection, as "start,end"
     * @param onKeyboardSelection a keyboard selection, as "start,end", or "" when the caret moved without one
     * @param onKeyboardMark Enter or a digit pressed in the text: the selection, and 0 for the
     *                       chosen category or the number of the category
     */
    PostTextView(SpansSpec spec, Consumer<String> onSelection, Consumer<String> onKeyboardSelection,
                 java.util.function.BiConsumer<String, Integer> onKeyboardMark) {
        this.spec = spec;
        setId("post-text");
        getStyle().set("white-space", "pre-wrap").set("font-size", "var(--lumo-font-size-l)")
                .set("line-height", "1.8").set("padding", "var(--lumo-space-m)")
                .set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("user-select", "text").set("max-height", "24rem").set("overflow", "auto");
        getElement().setAttribute("role", "document");
        // an Arabic or Persian post reads right to left, as its first strong letter says; offsets stay in text order
        getElement().setAttribute("dir", "auto");
        // after a mouse selection, its offsets are read and handed to the workspace
        getElement().addEventListener("mouseup", e -> readSelection(onSelection));
        // in the tab order, so that text can be selected and marked from the keyboard
        getElement().setAttribute("tabindex", "0");
        getElement().addEventListener("post-keyboard-select",
                e -> onKeyboardSelection.accept(e.getEventData().get("event.detail").asString()))
                .addEventData("event.detail").debounce(150);
        getElement().addEventListener("post-keyboard-mark",
                e -> onKeyboardMark.accept(e.getEventData().get("event.detail.range").asString(),
                        e.getEventData().get("event.detail.category").asInt()))
                .addEventData("event.detail.range").addEventData("event.detail.category");
        addAttachListener(e -> getElement().executeJs(KEYBOARD_SELECTION));
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
        getElement().executeJs("if (this.academyRedrawn) { this.academyRedrawn(); }");
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        marks.forEach(m -> {
            cuts.add(m.start());
            cuts.add(m.end());
        });
        // Latin runs (handles, phone numbers) of a right-to-left post in left-to-right isolates: the text
        // nodes stay in text order, so offsets read from the browser do not change
        boolean rightToLeft = PostText.hasRightToLeftLetters(text);
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
            List<String> parts = PostText.parts(text.substring(a, b), rightToLeft);
            for (int i = 0; i < parts.size(); i++) {
                if (parts.get(i).isEmpty()) {
                    continue;
                }
                // odd places are the left-to-right runs
                piece.appendChild(i % 2 == 1 ? new Element("bdi").setAttribute("dir", "ltr").setText(parts.get(i))
                        : Element.createText(parts.get(i)));
            }
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
