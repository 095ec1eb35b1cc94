package org.tnracademy.ui.exercise.spans;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.tnracademy.exercises.spans.GraphemeBoundaries;
import org.tnracademy.exercises.spans.MarkedSpan;
import org.tnracademy.exercises.spans.Post;
import org.tnracademy.exercises.spans.SpanCategory;
import org.tnracademy.exercises.spans.SpansSpec;
import org.tnracademy.ui.exercise.workspace.AnswerChanges;
import org.tnracademy.ui.layout.ColumnPriority;
import org.tnracademy.ui.exercise.workspace.AnswerWorkspace;
import org.tnracademy.ui.exercise.workspace.DraftTrees;
import org.tnracademy.ui.exercise.workspace.FocusAfterRender;

/**
 * The learner marks the personal data in posts. One post is shown at a time, chosen in a searchable
 * list. With the mouse: select text in the post, and the "from" and "to" fields take its place,
 * then choose a category and add the mark. With the keyboard: in the post text, select with Shift
 * and the arrow keys, then press Enter (the chosen category) or the number of a category, and the
 * mark is added and read out; or type the "from" and "to" fields. The fields count characters as the learner sees them (grapheme clusters: a letter with
 * its accents, an emoji sequence, a flag are one each), from 1, both ends included; a selection
 * that starts or ends inside one is widened to take it whole. The answer counts UTF-16 code units
 * from 0, end excluded, as the spans type does (the two differ after an emoji or a decomposed accent).
 * Answer tree: {@code {spans: [{post, start, end, category}]}}, left out while nothing is marked.
 */
public class SpansWorkspace implements AnswerWorkspace {

    /** Categories 1 to 9 have a digit key in the post text. */
    private static final int MAX_CATEGORY_KEY = 9;

    private final SpansSpec spec;
    private final SpanMarks marks;
    private final VerticalLayout root = new VerticalLayout();
    private final Grid<Post> postList = new Grid<>();
    private final ListDataProvider<Post> posts;
    private final TextField postSearch = new TextField();
    private final H3 postTitle = new H3();
    private final PostTextView postText;
    private final IntegerField from = new IntegerField();
    private final IntegerField to = new IntegerField();
    private final Span preview = new Span();
    private final Select<String> category = new Select<>();
    private final Button addMark = new Button();
    private final Span message = new Span();
    private final Grid<MarkedSpan> markList = new Grid<>();
    private final Button previous = new Button();
    private final Button next = new Button();
    private final AnswerChanges changes = new AnswerChanges();
    private Post current;
    private boolean readOnly;

    public SpansWorkspace(SpansSpec spec) {
        this.spec = spec;
        this.marks = new SpanMarks(spec);
        this.posts = new ListDataProvider<>(new ArrayList<>(spec.posts()));
        root.setPadding(false);
        root.setId("spans-workspace");
        postText = new PostTextView(spec, this::selectionRead, this::keyboardSelectionRead, this::markFromKeyboard);

        configurePostList();
        configureMarkControls();
        configureMarkList();

        previous.setIcon(VaadinIcon.ARROW_LEFT.create());
        previous.setId("previous-post");
        previous.setAriaLabel(root.getTranslation("accessibility.spans.previous-post"));
        previous.setTooltipText(root.getTranslation("accessibility.spans.previous-post"));
        previous.addClickListener(e -> step(-1));
        next.setIcon(VaadinIcon.ARROW_RIGHT.create());
        next.setId("next-post");
        next.setAriaLabel(root.getTranslation("accessibility.spans.next-post"));
        next.setTooltipText(root.getTranslation("accessibility.spans.next-post"));
        next.addClickListener(e -> step(1));
        postTitle.setId("post-title");
        HorizontalLayout postHeader = new HorizontalLayout(previous, postTitle, next);
        postHeader.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        HorizontalLayout fields = new HorizontalLayout(from, to, category, addMark);
        fields.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        fields.setWrap(true);
        Span hint = new Span(root.getTranslation("spans.hint"));
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Span keysHint = new Span(root.getTranslation("keyboard.spans.keyboard-hint",
                Math.min(spec.categories().size(), MAX_CATEGORY_KEY)));
        keysHint.setId("post-text-keys");
        keysHint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        postText.getElement().setAttribute("aria-label", root.getTranslation("keyboard.spans.text-label"));
        postText.getElement().setAttribute("aria-describedby", "post-text-keys");
        VerticalLayout postPane = new VerticalLayout(postHeader, legend(), postText, hint, keysHint, fields, preview,
                message,
                new H3(root.getTranslation("spans.your-marks")), markList);
        postPane.setPadding(false);
        postPane.setMinWidth("0");

        VerticalLayout listPane = new VerticalLayout(postSearch, postList);
        listPane.setPadding(false);
        listPane.setWidth("18rem");
        listPane.getStyle().set("flex-shrink", "0");
        HorizontalLayout body = new HorizontalLayout(listPane, postPane);
        body.setWidthFull();
        body.expand(postPane);
        // the post list above the post on a phone
        body.addClassName("academy-two-pane");
        root.add(body);
        show(spec.posts().getFirst());
    }

    private void configurePostList() {
        postSearch.setPlaceholder(root.getTranslation("spans.search-posts"));
        postSearch.setAriaLabel(root.getTranslation("spans.search-posts"));
        postSearch.setPrefixComponent(VaadinIcon.SEARCH.create());
        postSearch.setClearButtonVisible(true);
        postSearch.setValueChangeMode(ValueChangeMode.LAZY);
        postSearch.setWidthFull();
        postSearch.setId("post-search");
        postSearch.addValueChangeListener(e -> {
            String text = e.getValue().strip().toLowerCase(Locale.ROOT);
            posts.setFilter(p -> text.isEmpty() || p.text().toLowerCase(Locale.ROOT).contains(text));
        });
        postList.setId("post-list");
        postList.setDataProvider(posts);
        // a post is named by its place in the exercise, as the post title names it (its id is the pack's)
        postList.addColumn(this::place).setHeader(root.getTranslation("spans.post")).setAutoWidth(true);
        postList.addColumn(p -> marks.countOf(p.id())).setHeader(root.getTranslation("spans.marks"))
                .setWidth("5rem").setFlexGrow(0);
        postList.setHeight("32rem");
        postList.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::show));
    }

    private void configureMarkControls() {
        from.setLabel(root.getTranslation("spans.from"));
        from.setId("span-from");
        from.setMin(1);
        from.setStepButtonsVisible(true);
        from.setWidth("9rem");
        to.setLabel(root.getTranslation("spans.to"));
        to.setId("span-to");
        to.setMin(1);
        to.setStepButtonsVisible(true);
        to.setWidth("9rem");
        from.addValueChangeListener(e -> updatePreview());
        to.addValueChangeListener(e -> updatePreview());
        from.setValueChangeMode(ValueChangeMode.EAGER);
        to.setValueChangeMode(ValueChangeMode.EAGER);

        category.setLabel(root.getTranslation("spans.category"));
        category.setId("span-category");
        category.setItems(spec.categoryIds());
        category.setItemLabelGenerator(this::title);
        category.setEmptySelectionAllowed(false);
        category.setValue(spec.categoryIds().getFirst());

        addMark.setText(root.getTranslation("spans.add-mark"));
        addMark.setId("add-mark");
        addMark.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addMark.addClickListener(e -> addFromFields());

        preview.setId("span-preview");
        // what a keyboard selection takes is read out as it grows
        preview.getElement().setAttribute("aria-live", "polite");
        message.setId("span-message");
        message.getElement().setAttribute("aria-live", "polite");
    }

    private void configureMarkList() {
        markList.setId("mark-list");
        var post = markList.addColumn(m -> place(spec.postsById().get(m.postId())))
                .setHeader(root.getTranslation("spans.post")).setAutoWidth(true);
        var category = markList.addColumn(m -> title(m.category())).setHeader(root.getTranslation("spans.category"))
                .setAutoWidth(true);
        var text = markList.addColumn(this::markedText).setHeader(root.getTranslation("spans.text")).setFlexGrow(1);
        // on a phone the post and category go above the marked text, which keeps the width left by the button
        ColumnPriority.of(markList).wideOnly(post, category, text).stacked(root.getTranslation("spans.text"),
                m -> ColumnPriority.details(root.getTranslation("spans.post-number",
                        place(spec.postsById().get(m.postId()))), title(m.category())), this::markedText);
        markList.addComponentColumn(m -> {
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> removeKeepingFocus(m));
            remove.setId("remove-mark-" + marks.all().indexOf(m));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(root.getTranslation("spans.remove", markedText(m), title(m.category())));
            remove.setEnabled(!readOnly);
            return remove;
        }).setWidth("4rem").setFlexGrow(0);
        markList.addThemeName("wrap-cell-content");
        markList.setHeight("14rem");
        markList.addItemDoubleClickListener(e -> show(spec.postsById().get(e.getItem().postId())));
        refreshMarks();
    }

    private Component legend() {
        HorizontalLayout legend = new HorizontalLayout();
        legend.setSpacing(true);
        legend.setWrap(true);
        int number = 1;
        for (SpanCategory c : spec.categories()) {
            // the digit that marks a keyboard selection with this category
            String title = c.title().in(locale());
            Span chip = new Span(number <= MAX_CATEGORY_KEY
                    ? root.getTranslation("keyboard.spans.numbered-category", number, title) : title);
            number++;
            chip.getStyle().set("background", PostTextView.COLOURS[postText.categoryIndex(c.id())
                    % PostTextView.COLOURS.length]).set("padding", "0 var(--lumo-space-s)")
                    .set("border-radius", "var(--lumo-border-radius-s)");
            legend.add(chip);
        }
        return legend;
    }

    private void step(int by) {
        List<Post> visible = posts.fetch(new com.vaadin.flow.data.provider.Query<>()).toList();
        int at = visible.indexOf(current);
        int target = at < 0 ? 0 : Math.floorMod(at + by, visible.size());
        if (!visible.isEmpty()) {
            postList.select(visible.get(target));
        }
    }

    private void show(Post post) {
        current = post;
        int index = spec.posts().indexOf(post);
        postTitle.setText(root.getTranslation("spans.post-of", index + 1, spec.posts().size()));
        postText.show(post.text(), marks.of(post.id()));
        from.clear();
        to.clear();
        from.setInvalid(false);
        to.setInvalid(false);
        say("", false);
        updatePreview();
        if (!postList.getSelectedItems().contains(post)) {
            postList.select(post);
        }
    }

    /** The browser's selection made with the mouse, as "start,end" in UTF-16 code units, or "" when there is none. */
    void selectionRead(String range) {
        if (readOnly) {
            return;
        }
        widened(range).ifPresent(r -> {
            showInFields(r);
            postText.select(r[0], r[1]);
            addMark.focus();
        });
    }

    /**
     * A selection made with the keyboard in the post text: the fields and the preview follow it
     * (read out as it grows), and focus stays in the text for the next key. Moving the caret
     * without selecting leaves the fields as they are.
     */
    void keyboardSelectionRead(String range) {
        if (readOnly) {
            return;
        }
        widened(range).ifPresent(this::showInFields);
    }

    /**
     * Enter or a digit in the post text: marks the keyboard selection with the chosen category
     * (0) or with the category of that number, and says what was marked, or why not.
     */
    void markFromKeyboard(String range, int categoryNumber) {
        if (readOnly) {
            return;
        }
        Optional<int[]> selected = widened(range);
        if (selected.isEmpty()) {
            say(root.getTranslation("keyboard.spans.select-first"), true);
            return;
        }
        if (categoryNumber > spec.categories().size()) {
            say(root.getTranslation("keyboard.spans.no-such-category", categoryNumber,
                    Math.min(spec.categories().size(), MAX_CATEGORY_KEY)), true);
            return;
        }
        if (categoryNumber > 0) {
            category.setValue(spec.categoryIds().get(categoryNumber - 1));
        }
        showInFields(selected.get());
        addFromFields();
    }

    /**
     * A selection as "start,end" in UTF-16 code units, as the mark would take it: blanks at its
     * ends left out, widened to whole characters; empty when there is nothing to mark.
     */
    private Optional<int[]> widened(String range) {
        if (range == null || range.isBlank() || current == null) {
            return Optional.empty();
        }
        String[] parts = range.split(",");
        int start;
        int end;
        try {
            start = Integer.parseInt(parts[0].strip());
            end = Integer.parseInt(parts[1].strip());
        } catch (RuntimeException e) {
            return Optional.empty(); // not from our script: ignored
        }
        String text = current.text();
        GraphemeBoundaries clusters = marks.clustersOf(current);
        start = Math.clamp(start, 0, text.length());
        end = Math.clamp(end, 0, text.length());
        // a double-click takes the space after a word: marks start and end on the data itself
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start >= end) {
            return Optional.empty();
        }
        // half a character cannot be marked: a selection ending inside é, a flag or an emoji takes it whole
        return Optional.of(new int[] {clusters.floor(start), clusters.ceiling(end)});
    }

    /** Puts a UTF-16 range into the from and to fields, which count characters as a reader sees them. */
    private void showInFields(int[] range) {
        GraphemeBoundaries clusters = marks.clustersOf(current);
        from.setValue(clusters.clustersBefore(range[0]) + 1);
        to.setValue(clusters.clustersBefore(range[1]));
    }

    private void updatePreview() {
        Optional<int[]> range = rangeFromFields(false);
        preview.setText(range.map(r -> root.getTranslation("spans.preview", current.text().substring(r[0], r[1])))
                .orElse(""));
    }

    /** The fields as a UTF-16 range [start, end); with {@code report}, problems are shown at the fields. */
    private Optional<int[]> rangeFromFields(boolean report) {
        if (current == null) {
            return Optional.empty();
        }
        GraphemeBoundaries clusters = marks.clustersOf(current);
        int characters = clusters.clusterCount();
        Integer first = from.getValue();
        Integer last = to.getValue();
        String fromError = null;
        String toError = null;
        if (first == null) {
            fromError = root.getTranslation("spans.error.number");
        } else if (first < 1 || first > characters) {
            fromError = root.getTranslation("spans.error.range", characters);
        }
        if (last == null) {
            toError = root.getTranslation("spans.error.number");
        } else if (last < 1 || last > characters) {
            toError = root.getTranslation("spans.error.range", characters);
        } else if (first != null && fromError == null && last < first) {
            toError = root.getTranslation("spans.error.order");
        }
        if (report) {
            from.setErrorMessage(fromError);
            from.setInvalid(fromError != null);
            to.setErrorMessage(toError);
            to.setInvalid(toError != null);
        }
        if (fromError != null || toError != null) {
            return Optional.empty();
        }
        int start = clusters.offsetOfCluster(first - 1);
        int end = clusters.offsetOfCluster(last);
        return Optional.of(new int[] {start, end});
    }

    private void addFromFields() {
        if (readOnly) {
            return;
        }
        say("", false);
        Optional<int[]> range = rangeFromFields(true);
        if (range.isEmpty()) {
            return;
        }
        if (category.getValue() == null) {
            category.setErrorMessage(root.getTranslation("spans.error.category"));
            category.setInvalid(true);
            return;
        }
        category.setInvalid(false);
        int[] r = range.get();
        Optional<SpanMarks.Refusal> refused = marks.add(current.id(), r[0], r[1], category.getValue());
        if (refused.isPresent()) {
            say(root.getTranslation("spans.refused." + refused.get().name(), title(category.getValue())), true);
            return;
        }
        from.clear();
        to.clear();
        refreshMarks();
        say(root.getTranslation("spans.added", current.text().substring(r[0], r[1]), title(category.getValue())),
                false);
    }

    private void remove(MarkedSpan mark) {
        if (readOnly) {
            return;
        }
        marks.remove(mark);
        refreshMarks();
    }

    /**
     * A remove button's removal: the list is drawn again, so focus goes to the mark that took its
     * place (or the one before it), or to the post text when no mark is left.
     */
    private void removeKeepingFocus(MarkedSpan mark) {
        if (readOnly) {
            return;
        }
        int at = marks.all().indexOf(mark);
        remove(mark);
        say(root.getTranslation("keyboard.spans.removed", markedText(mark), title(mark.category())), false);
        FocusAfterRender.focus(markList, "remove-mark-" + at, "remove-mark-" + (at - 1), "post-text");
    }

    private void refreshMarks() {
        changes.fire();
        markList.setItems(marks.all());
        posts.refreshAll();
        if (current != null) {
            postText.show(current.text(), marks.of(current.id()));
        }
    }

    private void say(String text, boolean error) {
        message.setText(text);
        message.getStyle().set("color", error ? "var(--lumo-error-text-color)" : "var(--lumo-success-text-color)");
    }

    /** A post's place in the exercise, from 1. */
    private int place(Post post) {
        return spec.posts().indexOf(post) + 1;
    }

    private String markedText(MarkedSpan m) {
        return spec.postsById().get(m.postId()).text().substring(m.start(), m.end());
    }

    private String title(String categoryId) {
        return spec.categories().stream().filter(c -> c.id().equals(categoryId)).findFirst()
                .map(c -> c.title().in(locale())).orElse(categoryId);
    }

    /** The UI's language; the workspace is built before it is attached. */
    private Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    @Override
    public Component component() {
        return root;
    }

    @Override
    public Map<String, Object> answer() {
        Map<String, Object> tree = new LinkedHashMap<>();
        if (!marks.isEmpty()) {
            List<Map<String, Object>> spans = new ArrayList<>();
            for (MarkedSpan m : marks.all()) {
                Map<String, Object> span = new LinkedHashMap<>();
                span.put("post", m.postId());
                span.put("start", m.start());
                span.put("end", m.end());
                span.put("category", m.category());
                spans.add(span);
            }
            tree.put("spans", spans);
        }
        return tree;
    }

    @Override
    public boolean isEmpty() {
        return marks.isEmpty();
    }

    /** {@code {spans: [{post, start, end, category}]}}: each mark the spans type would accept, as when added. */
    @Override
    public void restore(Map<String, Object> answerTree) {
        changes.restoring(() -> {
            marks.all().forEach(marks::remove);
            for (Map<?, ?> span : DraftTrees.maps(answerTree, "spans")) {
                Integer start = DraftTrees.integer(span, "start");
                Integer end = DraftTrees.integer(span, "end");
                if (start != null && end != null) {
                    marks.add(DraftTrees.text(span, "post"), start, end, DraftTrees.text(span, "category"));
                }
            }
            refreshMarks();
        });
    }

    @Override
    public void addAnswerChangeListener(Runnable listener) {
        changes.add(listener);
    }


    @Override
    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        from.setReadOnly(readOnly);
        to.setReadOnly(readOnly);
        category.setReadOnly(readOnly);
        addMark.setEnabled(!readOnly);
        markList.getDataProvider().refreshAll();
    }
}
