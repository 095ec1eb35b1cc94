package org.tnracademy.ui.cohort;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.tnracademy.core.analysis.AnswerTokens;
import org.tnracademy.core.analysis.ItemAnalysis;
import org.tnracademy.core.analysis.ItemAnalysisService;
import org.tnracademy.core.analysis.ItemNames;
import org.tnracademy.core.analysis.ItemStats;
import org.tnracademy.core.cohort.CohortExercise;
import org.tnracademy.core.cohort.CohortService;
import org.tnracademy.core.cohort.CohortSummary;
import org.tnracademy.exercises.types.ExerciseTypes;
import org.tnracademy.ui.i18n.Formats;
import org.tnracademy.ui.routing.RouteIds;

/**
 * Item analysis of one exercise over a cohort: difficulty, discrimination, the common wrong
 * answers, and items whose key may be wrong, marked for a second look.
 */
@Route("cohorts/:cohortId/items")
@RolesAllowed({"COHORT_MANAGER", "INSTRUCTOR", "ADMIN"})
public class ItemAnalysisView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CohortService cohorts;
    private final ItemAnalysisService analyses;
    private final Paragraph summary = new Paragraph();
    final Grid<ItemStats> items = new Grid<>();
    final Select<CohortExercise> exercise = new Select<>();
    private CohortSummary cohort;
    private ItemNames names = ItemNames.NONE;

    public ItemAnalysisView(CohortService cohorts, ItemAnalysisService analyses) {
        this.cohorts = cohorts;
        this.analyses = analyses;
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.required(event, "cohortId");
        cohort = cohorts.cohort(id).orElseThrow(() -> new NotFoundException("No cohort " + id));
        removeAll();
        List<CohortExercise> exercises = cohorts.exercises(id);
        exercise.setId("analysis-exercise");
        exercise.setLabel(getTranslation("cohorts.exercise"));
        // an exercise's title and type on one line where the page has room (five lines in the select's own width)
        exercise.setWidth("min(100%, 40rem)");
        exercise.setItems(exercises);
        exercise.setItemLabelGenerator(e -> e.title().in(getLocale()) + " (" + getTranslation("exercise.type." + e.type())
                + ")");
        exercise.addValueChangeListener(e -> show(e.getValue()));
        summary.setId("analysis-summary");

        items.setId("item-analysis");
        items.addColumn(s -> itemName(s.itemId())).setHeader(getTranslation("cohorts.item")).setAutoWidth(true);
        items.addColumn(s -> answer(s.expected())).setHeader(getTranslation("cohorts.key")).setAutoWidth(true);
        items.addColumn(ItemStats::answered).setHeader(getTranslation("cohorts.answered"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        items.addColumn(s -> Formats.percent(s.difficulty(), getLocale()))
                .setHeader(getTranslation("cohorts.difficulty")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setComparator(ItemStats::difficulty);
        items.addColumn(s -> s.discrimination() == null ? "—" : Formats.decimal(s.discrimination(), getLocale()))
                .setHeader(getTranslation("cohorts.discrimination")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        items.addColumn(s -> s.commonWrong().stream()
                        .map(w -> getTranslation("cohorts.wrong-answer", answer(w.answer()), w.count()))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("cohorts.common-wrong")).setWidth("14rem").setFlexGrow(2);
        items.addColumn(this::meanError).setHeader(getTranslation("item-analysis.mean-error"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        items.addComponentColumn(this::flag).setHeader(getTranslation("cohorts.key-check")).setAutoWidth(true);
        items.setPartNameGenerator(s -> s.keyMayBeWrong() ? "key-suspect" : null);

        add(new H2(getTranslation("cohorts.items-title", cohort.name())), CohortPages.links(this, cohort.id()),
                new Paragraph(getTranslation("cohorts.items-legend") + " " + getTranslation("item-analysis.items-legend")), exercise, summary, items);
        setFlexGrow(1, items);
        // an exercise graded by a machine first: its items have answers to compare
        exercises.stream().filter(e -> !ExerciseTypes.get(e.type()).gradedByInstructor()).findFirst()
                .or(() -> exercises.stream().findFirst()).ifPresent(exercise::setValue);
    }

    /** An item as people name it ("Question 2: …", "Post 14"), never by its id in the spec. */
    String itemName(String itemId) {
        return names.item(itemId).map(n -> getTranslation("item-kind." + n.kind().name(), n.position(),
                n.text().in(getLocale()))).orElseGet(() -> getTranslation("item-kind.unnamed"));
    }

    /**
     * An answer as learners typed it, or the words of a token the analysis put in its place; labels,
     * options, categories, indicators and techniques by their titles ("a+c" reads "Option A + Option C").
     */
    String answer(String value) {
        return value == null ? "" : switch (value) {
            case AnswerTokens.NOTHING -> getTranslation("analysis.token.nothing");
            case AnswerTokens.CHOSEN -> getTranslation("analysis.token.chosen");
            case AnswerTokens.NOT_CHOSEN -> getTranslation("analysis.token.not-chosen");
            case AnswerTokens.PATTERN_ONLY -> getTranslation("analysis.token.pattern-only");
            default -> value.startsWith(AnswerTokens.PARTIAL)
                    ? getTranslation("item-analysis.answer-partial", named(value.substring(AnswerTokens.PARTIAL.length())))
                    : named(value);
        };
    }

    /** Ids joined by "+" each by its title; a typed answer (no such id) as typed. */
    private String named(String value) {
        if (names.answer(value).isPresent()) {
            return names.answer(value).get().in(getLocale());
        }
        String[] parts = value.split("\\+");
        if (parts.length > 1 && Arrays.stream(parts).allMatch(p -> names.answer(p).isPresent())) {
            return Arrays.stream(parts).map(p -> names.answer(p).get().in(getLocale()))
                    .collect(Collectors.joining(" + "));
        }
        return value;
    }

    /** Estimate questions only: a relative error reads as a percentage, others in their unit. */
    private String meanError(ItemStats s) {
        if (s.meanError() == null) {
            return "";
        }
        return "relative".equals(s.errorUnit()) ? Formats.percent(s.meanError(), getLocale())
                : Formats.decimal(s.meanError(), getLocale()) + " " + s.errorUnit();
    }

    private Span flag(ItemStats s) {
        Span span = new Span(s.keyMayBeWrong()
                ? getTranslation("cohorts.key-may-be-wrong", s.strongAnswer() == null ? "" : answer(s.strongAnswer()))
                : "");
        if (s.keyMayBeWrong()) {
            span.getElement().getThemeList().add("badge error");
        }
        return span;
    }

    private void show(CohortExercise chosen) {
        if (chosen == null) {
            items.setItems(List.of());
            summary.setText("");
            return;
        }
        ItemAnalysis analysis = analyses.analyse(cohort.id(), chosen.exerciseId());
        names = analyses.names(cohort.id(), analysis);
        items.setItems(analysis.items());
        summary.setText(analysis.supported()
                ? getTranslation("cohorts.items-summary", analysis.learners(), analysis.groupSize(), analysis.flagged())
                : getTranslation("cohorts.items-unsupported", getTranslation("exercise.type." + analysis.type())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cohorts.page.items") + (cohort == null ? "" : " · " + cohort.name()) + " | "
                + getTranslation("app.title");
    }
}
