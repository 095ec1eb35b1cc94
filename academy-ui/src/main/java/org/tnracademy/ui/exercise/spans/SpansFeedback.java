package org.tnracademy.ui.exercise.spans;

import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.tnracademy.exercises.spans.CategoryMetrics;
import org.tnracademy.exercises.spans.MarkedSpan;
import org.tnracademy.exercises.spans.SpanFeedback;
import org.tnracademy.exercises.spans.SpanOutcome;
import org.tnracademy.exercises.spans.SpansResult;
import org.tnracademy.exercises.spans.SpansSpec;
import org.tnracademy.ui.exercise.parts.KeyHiddenNote;
import org.tnracademy.ui.exercise.workspace.FeedbackParts;
import org.tnracademy.ui.i18n.Formats;
import org.tnracademy.ui.layout.ColumnPriority;
import org.tnracademy.ui.layout.PostText;
import org.tnracademy.ui.layout.OutcomeMarkColumn;

/**
 * The grade of marked spans: span-level F1 with overlap matching (the score) and exact matching,
 * metrics per category, every key span with its outcome, and the marks that matched nothing. Until
 * no attempt is left, a key span the learner did not match shows neither its text, range, category
 * nor explanation: only that a span of that post was not found, and the learner's own closest mark.
 */
public class SpansFeedback extends Composite<VerticalLayout> {

    private final SpansResult result;
    private final SpansSpec spec;
    private final boolean revealKey;

    public SpansFeedback(SpansResult result, boolean revealKey) {
        this(result, null, revealKey);
    }

    /** With the spec, categories show their titles and marks their text. */
    public SpansFeedback(SpansResult result, SpansSpec specOrNull, boolean revealKey) {
        this.result = result;
        this.spec = specOrNull;
        this.revealKey = revealKey;
    }

    @Override
    protected VerticalLayout initContent() {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        layout.setId("spans-feedback");
        Span score = FeedbackParts.score(result.score(), getLocale());
        layout.add(new H3(getTranslation("detection-feedback.result")), score,
                FeedbackParts.rule(this, result, Formats.percent(result.minOverlap(), getLocale())));
        HorizontalLayout overall = new HorizontalLayout(
                counts("spans.overlap-matching", result.overlap(), "overlap"),
                counts("spans.exact-matching", result.exact(), "exact"));
        overall.setWrap(true);
        layout.add(overall);
        if (revealKey) {
            layout.add(new H4(getTranslation("detection-feedback.per-category")), perCategory());
        }
        layout.add(new H4(getTranslation("spans.key-spans")));
        if (!revealKey) {
            // the core withheld the key spans not found and the figures per category
            layout.add(KeyHiddenNote.withheld("withheld.feedback.spans-withheld"));
        }
        layout.add(keySpans());
        if (!result.unmatchedMarks().isEmpty()) {
            layout.add(new H4(getTranslation("spans.unmatched")), unmatched());
        }
        return layout;
    }

    private Span counts(String titleKey, org.tnracademy.exercises.spans.SpanCounts c, String id) {
        Span s = new Span(getTranslation("spans.counts", getTranslation(titleKey), c.truePositives(),
                c.falsePositives(), c.falseNegatives(), Formats.decimal(c.precision(), getLocale()),
                Formats.decimal(c.recall(), getLocale()), Formats.decimal(c.f1(), getLocale())));
        s.setId("counts-" + id);
        return s;
    }

    private Grid<CategoryMetrics> perCategory() {
        Grid<CategoryMetrics> grid = new Grid<>();
        grid.setId("category-metrics");
        grid.addColumn(m -> title(m.category())).setHeader(getTranslation("spans.category")).setAutoWidth(true);
        grid.addColumn(CategoryMetrics::support).setHeader(getTranslation("spans.support"));
        grid.addColumn(CategoryMetrics::truePositives).setHeader(getTranslation("detection-feedback.found"));
        grid.addColumn(CategoryMetrics::falsePositives).setHeader(getTranslation("detection-feedback.spurious"));
        grid.addColumn(CategoryMetrics::falseNegatives).setHeader(getTranslation("detection-feedback.missed"));
        grid.addColumn(m -> Formats.decimal(m.precision(), getLocale())).setHeader(getTranslation("detection-feedback.precision"));
        grid.addColumn(m -> Formats.decimal(m.recall(), getLocale())).setHeader(getTranslation("detection-feedback.recall"));
        grid.addColumn(m -> Formats.decimal(m.f1(), getLocale())).setHeader(getTranslation("detection-feedback.f1"));
        grid.setItems(result.perCategory());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static boolean matched(SpanFeedback f) {
        return f.outcome() == SpanOutcome.EXACT || f.outcome() == SpanOutcome.OVERLAP;
    }

    private Grid<SpanFeedback> keySpans() {
        Grid<SpanFeedback> grid = new Grid<>();
        grid.setId("span-feedback");
        OutcomeMarkColumn.addTo(grid, SpansFeedback::matched);
        grid.addColumn(f -> post(f.postId())).setHeader(getTranslation("spans.post")).setAutoWidth(true);
        grid.addColumn(f -> getTranslation("spans.outcome." + f.outcome().name()))
                .setHeader(getTranslation("detection-feedback.outcome")).setAutoWidth(true);
        grid.addColumn(f -> shown(f) ? title(f.category()) : hidden()).setHeader(getTranslation("spans.category"))
                .setAutoWidth(true);
        grid.addColumn(f -> shown(f) ? "«" + PostText.isolatedIfRightToLeft(f.text()) + "»" : hidden()).setHeader(getTranslation("spans.expected"))
                .setFlexGrow(2);
        grid.addColumn(this::given).setHeader(getTranslation("spans.your-mark")).setFlexGrow(2);
        grid.addColumn(f -> f.givenStart() == null ? "" : Formats.percent(f.overlap(), getLocale()))
                .setHeader(getTranslation("spans.overlap")).setWidth("6rem").setFlexGrow(0);
        grid.addColumn(f -> shown(f) ? (f.explanation() == null ? "" : f.explanation().in(getLocale()))
                : getTranslation("detection-feedback.hidden-until-last")).setHeader(getTranslation("feedback.explanation"))
                .setFlexGrow(4);
        // on a phone: post, outcome, category, the learner's mark and overlap above the expected span
        ColumnPriority.of(grid).wideOnlyFrom(1).stacked(getTranslation("spans.expected"),
                f -> ColumnPriority.details(post(f.postId()), getTranslation("spans.outcome." + f.outcome().name()),
                        shown(f) ? title(f.category()) : "",
                        ColumnPriority.pair(this, getTranslation("spans.your-mark"), given(f)),
                        f.givenStart() == null ? "" : Formats.percent(f.overlap(), getLocale())),
                f -> shown(f) ? "«" + PostText.isolatedIfRightToLeft(f.text()) + "»" : hidden(), "",
                f -> shown(f) ? (f.explanation() == null ? "" : f.explanation().in(getLocale()))
                        : getTranslation("detection-feedback.hidden-until-last"));
        grid.addThemeName("wrap-cell-content");
        grid.setItems(result.keySpans());
        sized(grid, result.keySpans().size());
        return grid;
    }

    private boolean shown(SpanFeedback f) {
        return revealKey || matched(f);
    }

    private String hidden() {
        return "—";
    }

    /** The learner's own closest mark: theirs, so always shown. */
    private String given(SpanFeedback f) {
        if (f.givenStart() == null) {
            return getTranslation("spans.no-mark");
        }
        return describe(f.postId(), f.givenStart(), f.givenEnd(), f.givenCategory());
    }

    private Grid<MarkedSpan> unmatched() {
        Grid<MarkedSpan> grid = new Grid<>();
        grid.setId("unmatched-marks");
        grid.addColumn(m -> post(m.postId())).setHeader(getTranslation("spans.post")).setAutoWidth(true);
        grid.addColumn(m -> describe(m.postId(), m.start(), m.end(), m.category()))
                .setHeader(getTranslation("spans.your-mark")).setFlexGrow(1);
        grid.addThemeName("wrap-cell-content");
        grid.setItems(result.unmatchedMarks());
        sized(grid, result.unmatchedMarks().size());
        return grid;
    }

    /** A post as the workspace names it, by its place ("Post 3"); its id only without the spec. */
    private String post(String postId) {
        if (spec != null) {
            for (int i = 0; i < spec.posts().size(); i++) {
                if (spec.posts().get(i).id().equals(postId)) {
                    return getTranslation("spans.post-number", i + 1);
                }
            }
        }
        return postId;
    }

    private String describe(String postId, int start, int end, String category) {
        String text = spec == null ? null : spec.posts().stream().filter(p -> p.id().equals(postId)).findFirst()
                .map(p -> p.text().substring(start, end)).orElse(null);
        return text == null ? getTranslation("spans.mark-range", start, end, title(category))
                : getTranslation("spans.mark-text", PostText.isolatedIfRightToLeft(text), title(category));
    }

    private String title(String category) {
        if (spec == null) {
            return category;
        }
        return spec.categories().stream().filter(c -> c.id().equals(category)).findFirst()
                .map(c -> c.title().in(getLocale())).orElse(category);
    }

    private static void sized(Grid<?> grid, int rows) {
        if (rows <= 10) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("28rem");
        }
    }

    List<SpanFeedback> keySpanFeedback() {
        return result.keySpans();
    }
}
