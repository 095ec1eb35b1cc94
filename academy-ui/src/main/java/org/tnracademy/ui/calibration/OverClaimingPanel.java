package org.tnracademy.ui.calibration;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.tnracademy.core.calibration.AnalystCalibration;
import org.tnracademy.exercises.calibration.OverClaiming;
import org.tnracademy.ui.cohort.ChartJs;
import org.tnracademy.ui.i18n.Formats;

/**
 * The cohort dashboard's calibration: every analyst who gave confidences, those who over-claim most
 * first, flagged as the core decides ({@link OverClaiming}), as a chart of the gap and a table.
 */
public final class OverClaimingPanel extends VerticalLayout {

    static final int CHARTED = 20;

    public OverClaimingPanel(List<AnalystCalibration> analysts) {
        setPadding(false);
        setId("cohort-calibration");
        Locale locale = getLocale();
        String title = getTranslation("calibration.cohort.title");
        add(new H3(title), new Paragraph(getTranslation("calibration.cohort.legend",
                Formats.percent(OverClaiming.THRESHOLD, locale), OverClaiming.MIN_CLAIMS)));
        if (analysts.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("calibration.cohort.none"));
            none.setId("cohort-calibration-none");
            add(none);
            return;
        }
        long flagged = analysts.stream().filter(AnalystCalibration::overClaiming).count();
        Paragraph summary = new Paragraph(getTranslation("calibration.cohort.summary", flagged, analysts.size()));
        summary.setId("cohort-calibration-summary");
        add(summary);
        // a chart of every analyst of a large cohort would be unreadable: those who over-claim most, all in the table
        List<AnalystCalibration> charted = analysts.subList(0, Math.min(CHARTED, analysts.size()));
        add(new Paragraph(getTranslation("calibration.cohort.chart", charted.size())));
        add(new ChartJs("chart-cohort-calibration", title, ChartJs.bar(
                charted.stream().map(AnalystCalibration::displayName).toList(),
                getTranslation("calibration.cohort.gap"),
                charted.stream().map(a -> Math.round(a.overClaim() * 1000) / 10.0).toList(), null)));
        Grid<AnalystCalibration> table = new Grid<>();
        table.setId("table-cohort-calibration");
        table.addColumn(AnalystCalibration::displayName).setHeader(getTranslation("calibration.cohort.analyst"));
        table.addComponentColumn(a -> {
            Span flag = new Span(getTranslation(a.overClaiming() ? "calibration.cohort.flagged" : "calibration.cohort.not-flagged"));
            if (a.overClaiming()) {
                flag.getElement().getThemeList().add("badge error");
            }
            return flag;
        }).setHeader(getTranslation("calibration.cohort.flag"));
        table.addColumn(AnalystCalibration::claims).setHeader(getTranslation("calibration.table.count"))
                .setTextAlign(ColumnTextAlign.END);
        table.addColumn(a -> Formats.percent(a.meanConfidence(), locale))
                .setHeader(getTranslation("calibration.table.mean")).setTextAlign(ColumnTextAlign.END);
        table.addColumn(a -> Formats.percent(a.meanAccuracy(), locale))
                .setHeader(getTranslation("calibration.table.accuracy")).setTextAlign(ColumnTextAlign.END);
        table.addColumn(a -> Formats.percent(a.overClaim(), locale))
                .setHeader(getTranslation("calibration.cohort.gap")).setTextAlign(ColumnTextAlign.END);
        table.addColumn(a -> Formats.percent(a.calibration(), locale))
                .setHeader(getTranslation("calibration.cohort.calibration")).setTextAlign(ColumnTextAlign.END);
        table.setItems(analysts);
        table.setAllRowsVisible(true);
        add(table);
    }
}
