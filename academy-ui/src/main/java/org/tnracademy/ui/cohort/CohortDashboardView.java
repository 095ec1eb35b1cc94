package org.tnracademy.ui.cohort;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.tnracademy.core.analysis.CohortDashboard;
import org.tnracademy.core.analysis.CohortDashboardService;
import org.tnracademy.core.analysis.CompletionDay;
import org.tnracademy.core.analysis.FormCompetency;
import org.tnracademy.core.calibration.CalibrationService;
import org.tnracademy.core.cohort.CohortService;
import org.tnracademy.core.cohort.CohortSummary;
import org.tnracademy.exercises.curriculum.RepressionForm;
import org.tnracademy.ui.calibration.OverClaimingPanel;
import org.tnracademy.ui.i18n.Formats;
import org.tnracademy.ui.routing.RouteIds;

/**
 * A cohort at a glance: score distribution, competency by form of TNR (heatmap and mean per form)
 * and completion over time. Every chart is followed by a table of the same figures.
 */
@Route("cohorts/:cohortId/dashboard")
@RolesAllowed({"COHORT_MANAGER", "INSTRUCTOR", "ADMIN"})
public class CohortDashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CohortService cohorts;
    private final CohortDashboardService dashboards;
    private final CalibrationService calibration;
    private CohortSummary cohort;

    public CohortDashboardView(CohortService cohorts, CohortDashboardService dashboards,
                               CalibrationService calibration) {
        this.cohorts = cohorts;
        this.dashboards = dashboards;
        this.calibration = calibration;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.required(event, "cohortId");
        cohort = cohorts.cohort(id).orElseThrow(() -> new NotFoundException("No cohort " + id));
        removeAll();
        CohortDashboard d = dashboards.dashboard(id);
        add(new H2(getTranslation("cohorts.dashboard-title", cohort.name())), CohortPages.links(this, id));
        Paragraph summary = new Paragraph(getTranslation("cohorts.dashboard-summary", d.learners(), d.exercises(),
                Formats.percent(d.mean(), getLocale()), Formats.percent(d.median(), getLocale())));
        summary.setId("dashboard-summary");
        add(summary);
        distribution(d);
        competency(d);
        completion(d);
        add(new OverClaimingPanel(calibration.cohortCalibration(id)));
    }

    private void distribution(CohortDashboard d) {
        List<String> labels = new ArrayList<>();
        int bins = CohortDashboard.SCORE_BINS;
        for (int b = 0; b < bins; b++) {
            labels.add(getTranslation("cohorts.band", b * 100 / bins, (b + 1) * 100 / bins));
        }
        String title = getTranslation("cohorts.distribution-title");
        add(new H3(title), new ChartJs("chart-distribution", title,
                ChartJs.bar(labels, getTranslation("cohorts.learners"), d.scoreBins(), null)));
        record Bin(String band, int learners) {
        }
        List<Bin> rows = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            rows.add(new Bin(labels.get(b), d.scoreBins().get(b)));
        }
        Grid<Bin> table = new Grid<>();
        table.setId("table-distribution");
        table.addColumn(Bin::band).setHeader(getTranslation("cohorts.overall"));
        table.addColumn(Bin::learners).setHeader(getTranslation("cohorts.learners")).setTextAlign(ColumnTextAlign.END);
        table.setItems(rows);
        table.setAllRowsVisible(true);
        add(table);
    }

    private void competency(CohortDashboard d) {
        String title = getTranslation("cohorts.competency-title");
        List<FormCompetency> trained = d.forms().stream().filter(f -> f.mean() != null).toList();
        add(new H3(title), new Paragraph(getTranslation("cohorts.competency-legend")));
        add(new ChartJs("chart-competency", title, ChartJs.bar(
                trained.stream().map(f -> getTranslation(RepressionForm.i18nKey(f.form()))).toList(),
                getTranslation("cohorts.mean"),
                trained.stream().map(f -> Math.round(f.mean() * 1000) / 10.0).toList(), 100.0)));
        add(new FormHeatmap(d.forms()));
    }

    private void completion(CohortDashboard d) {
        String title = getTranslation("cohorts.completion-title");
        add(new H3(title));
        if (d.completion().isEmpty()) {
            add(new Paragraph(getTranslation("cohorts.no-completion")));
            return;
        }
        add(new ChartJs("chart-completion", title, ChartJs.line(
                d.completion().stream().map(c -> c.day().toString()).toList(),
                getTranslation("cohorts.share-complete"),
                d.completion().stream().map(c -> Math.round(c.shareComplete() * 1000) / 10.0).toList(), 100.0)));
        Grid<CompletionDay> table = new Grid<>();
        table.setId("table-completion");
        table.addColumn(c -> c.day().toString()).setHeader(getTranslation("cohorts.day"));
        table.addColumn(CompletionDay::completed).setHeader(getTranslation("cohorts.completed-that-day"))
                .setTextAlign(ColumnTextAlign.END);
        table.addColumn(c -> Formats.percent(c.shareComplete(), getLocale()))
                .setHeader(getTranslation("cohorts.share-complete")).setTextAlign(ColumnTextAlign.END);
        table.setItems(d.completion());
        table.setAllRowsVisible(true);
        add(table);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cohorts.page.dashboard") + (cohort == null ? "" : " · " + cohort.name()) + " | "
                + getTranslation("app.title");
    }
}
