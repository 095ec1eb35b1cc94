package org.tnracademy.ui.cohort;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.dataset.DatasetService;
import org.tnracademy.core.cohort.CohortExercise;
import org.tnracademy.core.cohort.CohortService;
import org.tnracademy.core.cohort.CohortSummary;
import org.tnracademy.core.gradebook.CohortGradebookRow;
import org.tnracademy.core.gradebook.CohortGradebookService;
import org.tnracademy.core.gradebook.GradebookQuery;
import org.tnracademy.core.gradebook.GradebookSort;
import org.tnracademy.core.gradebook.LearnerStatus;
import org.tnracademy.ui.i18n.Formats;
import org.tnracademy.ui.routing.RouteIds;

/**
 * A cohort's learners by its exercises: score, attempts, time spent and status per cell, loaded a
 * page at a time, filtered and ordered by the database. A click on a cell opens that learner's
 * attempts with the feedback they saw.
 */
@Route("cohorts/:cohortId/gradebook")
@RolesAllowed({"COHORT_MANAGER", "ADMIN"})
public class CohortGradebookView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String EXERCISE_KEY = "exercise-";

    private final CohortService cohorts;
    private final CohortGradebookService gradebook;
    private final CatalogService catalog;
    private final GradebookExports exports;
    private final DatasetService datasets;
    private CohortSummary cohort;
    private GradebookQuery query = GradebookQuery.ALL;
    Grid<CohortGradebookRow> grid;

    public CohortGradebookView(CohortService cohorts, CohortGradebookService gradebook, CatalogService catalog,
                               GradebookExports exports, DatasetService datasets) {
        this.datasets = datasets;
        this.cohorts = cohorts;
        this.gradebook = gradebook;
        this.catalog = catalog;
        this.exports = exports;
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.required(event, "cohortId");
        cohort = cohorts.cohort(id).orElseThrow(() -> new NotFoundException("No cohort " + id));
        List<CohortExercise> columns = gradebook.columns(id);
        removeAll();

        TextField text = new TextField();
        text.setId("gradebook-filter");
        text.setPlaceholder(getTranslation("cohorts.filter"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        Select<LearnerStatus> status = new Select<>();
        status.setId("gradebook-status");
        status.setLabel(getTranslation("cohorts.learner-status"));
        status.setItems(LearnerStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("cohorts.learner-status." + s.name()));
        status.setValue(LearnerStatus.ANY);
        HorizontalLayout tools = new HorizontalLayout(text, status, exports.links(this, cohort, () -> query));
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid = new Grid<>();
        grid.setId("cohort-gradebook");
        grid.setMultiSort(false);
        grid.addColumn(CohortGradebookRow::displayName).setHeader(getTranslation("gradebook.learner"))
                .setSortProperty(GradebookSort.NAME.name()).setAutoWidth(true).setFrozen(true);
        grid.addColumn(CohortGradebookRow::username).setHeader(getTranslation("gradebook.username"))
                .setSortProperty(GradebookSort.USERNAME.name()).setAutoWidth(true);
        grid.addColumn(r -> Formats.percent(r.overall(), getLocale())).setHeader(getTranslation("cohorts.overall"))
                .setSortProperty(GradebookSort.OVERALL.name()).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("cohorts.completed-of", r.completed(), columns.size()))
                .setHeader(getTranslation("cohorts.completed")).setSortProperty(GradebookSort.COMPLETED.name())
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        Map<Grid.Column<CohortGradebookRow>, CohortExercise> exerciseOf = new HashMap<>();
        for (CohortExercise c : columns) {
            Grid.Column<CohortGradebookRow> column = grid.addColumn(r -> cell(r.cell(c.exerciseId()), c))
                    .setHeader(WrappedHeader.of(c.title().in(getLocale()))).setKey(EXERCISE_KEY + c.exerciseId())
                    .setSortProperty(EXERCISE_KEY + c.exerciseId()).setTextAlign(ColumnTextAlign.END)
                    // a long exercise title wraps over lines rather than widen or cut its column
                    .setWidth("10rem").setFlexGrow(0);
            exerciseOf.put(column, c);
        }
        grid.addComponentColumn(r -> exports.transcript(this, cohort, r))
                .setHeader(getTranslation("cohorts.transcript")).setAutoWidth(true);
        grid.addItemClickListener(e -> {
            CohortExercise exercise = exerciseOf.get(e.getColumn());
            if (exercise != null) {
                openAttempts(e.getItem(), exercise);
            }
        });
        grid.setItems(q -> gradebook.rows(cohort.id(), columns, sorted(q), q.getOffset(), q.getLimit()).stream(),
                q -> gradebook.count(cohort.id(), columns, sorted(q)));
        text.addValueChangeListener(e -> {
            query = query.withText(e.getValue());
            grid.getDataProvider().refreshAll();
        });
        status.addValueChangeListener(e -> {
            query = query.withStatus(e.getValue());
            grid.getDataProvider().refreshAll();
        });
        add(new H2(getTranslation("cohorts.gradebook-title", cohort.name())), CohortPages.links(this, cohort.id()),
                new Paragraph(getTranslation("cohorts.gradebook-legend")), tools, grid);
        setFlexGrow(1, grid);
    }

    /** The grid's sort order, turned into the query's: the database orders, never the page. */
    private GradebookQuery sorted(Query<CohortGradebookRow, ?> q) {
        List<QuerySortOrder> orders = q.getSortOrders();
        if (orders.isEmpty()) {
            query = query.orderedBy(GradebookSort.NAME, null, false);
            return query;
        }
        QuerySortOrder first = orders.getFirst();
        boolean desc = first.getDirection() == SortDirection.DESCENDING;
        String key = first.getSorted();
        query = key.startsWith(EXERCISE_KEY)
                ? query.orderedBy(GradebookSort.EXERCISE, Long.parseLong(key.substring(EXERCISE_KEY.length())), desc)
                : query.orderedBy(GradebookSort.valueOf(key), null, desc);
        return query;
    }

    private String cell(CohortGradebookRow.Cell cell, CohortExercise exercise) {
        return switch (cell.status()) {
            case NOT_STARTED -> "—";
            case AWAITING_REVIEW -> getTranslation("cohorts.cell-awaiting", cell.attempts(), exercise.maxAttempts());
            case GRADED -> getTranslation("cohorts.cell", Formats.percent(cell.score(), getLocale()), cell.attempts(),
                    exercise.maxAttempts(), LearnerAttemptsDialog.minutes(cell.timeSpent()));
        };
    }

    void openAttempts(CohortGradebookRow row, CohortExercise exercise) {
        catalog.exercise(exercise.exerciseId(), getLocale()).ifPresent(sheet -> new LearnerAttemptsDialog(
                row.displayName(), sheet, gradebook.attempts(cohort.id(), row.learnerId(), exercise.exerciseId()), datasets)
                .open());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cohorts.page.gradebook") + (cohort == null ? "" : " · " + cohort.name()) + " | "
                + getTranslation("app.title");
    }
}
