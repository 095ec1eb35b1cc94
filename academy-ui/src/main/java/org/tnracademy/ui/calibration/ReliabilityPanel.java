package org.tnracademy.ui.calibration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.tnracademy.exercises.calibration.Calibration;
import org.tnracademy.exercises.calibration.ReliabilityBin;
import org.tnracademy.ui.cohort.ChartJs;
import org.tnracademy.ui.i18n.Formats;

/**
 * A learner's reliability curve over all their attempts with a confidence: a chart of how often they
 * were right against how sure they said they were, with the diagonal of a calibrated analyst, the
 * same figures as a table, and a plain reading.
 */
public final class ReliabilityPanel extends VerticalLayout {

    private static final String BLUE = "#1f6feb";
    private static final String GREY = "#57606a";

    public ReliabilityPanel(Optional<Calibration> calibration) {
        setPadding(false);
        setId("my-calibration");
        String title = getTranslation("calibration.progress.title");
        add(new H3(title));
        if (calibration.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("calibration.progress.none"));
            none.setId("my-calibration-none");
            add(none);
            return;
        }
        Calibration c = calibration.get();
        Locale locale = getLocale();
        Paragraph reading = new Paragraph(Readings.of(this, c.overClaim()) + " " + getTranslation(
                "calibration.progress.summary", c.points().size(), Formats.percent(c.meanConfidence(), locale),
                Formats.percent(c.meanOutcome(), locale), Formats.percent(c.score(), locale),
                Formats.decimal(c.brier(), locale)));
        reading.setId("my-calibration-reading");
        add(reading);
        add(new ChartJs("chart-my-calibration", title, chart(c)));
        add(table(c));
    }

    private Map<String, Object> chart(Calibration c) {
        List<Map<String, Object>> observed = new ArrayList<>();
        for (ReliabilityBin b : c.bins()) {
            if (b.count() > 0) {
                observed.add(Map.of("x", Math.round(b.meanConfidence() * 1000) / 10.0,
                        "y", Math.round(b.accuracy() * 1000) / 10.0));
            }
        }
        Map<String, Object> mine = new LinkedHashMap<>();
        mine.put("label", getTranslation("calibration.chart.observed"));
        mine.put("data", observed);
        mine.put("showLine", true);
        mine.put("backgroundColor", BLUE);
        mine.put("borderColor", BLUE);
        Map<String, Object> perfect = new LinkedHashMap<>();
        perfect.put("label", getTranslation("calibration.chart.perfect"));
        perfect.put("data", List.of(Map.of("x", 0, "y", 0), Map.of("x", 100, "y", 100)));
        perfect.put("showLine", true);
        perfect.put("borderDash", List.of(6, 4));
        perfect.put("pointRadius", 0);
        perfect.put("borderColor", GREY);
        perfect.put("backgroundColor", GREY);
        return Map.of("type", "scatter",
                "data", Map.of("datasets", List.of(mine, perfect)),
                "options", Map.of("scales", Map.of(
                        "x", axis(getTranslation("calibration.chart.x")),
                        "y", axis(getTranslation("calibration.chart.y")))));
    }

    private static Map<String, Object> axis(String title) {
        return Map.of("min", 0, "max", 100, "title", Map.of("display", true, "text", title));
    }

    private Grid<ReliabilityBin> table(Calibration c) {
        Locale locale = getLocale();
        Grid<ReliabilityBin> table = new Grid<>();
        table.setId("table-my-calibration");
        table.addColumn(b -> getTranslation("cohorts.band", Math.round(b.lower() * 100), Math.round(b.upper() * 100)))
                .setHeader(getTranslation("calibration.table.bin"));
        table.addColumn(ReliabilityBin::count).setHeader(getTranslation("calibration.table.count"))
                .setTextAlign(ColumnTextAlign.END);
        table.addColumn(b -> b.meanConfidence() == null ? "—" : Formats.percent(b.meanConfidence(), locale))
                .setHeader(getTranslation("calibration.table.mean")).setTextAlign(ColumnTextAlign.END);
        table.addColumn(b -> b.accuracy() == null ? "—" : Formats.percent(b.accuracy(), locale))
                .setHeader(getTranslation("calibration.table.accuracy")).setTextAlign(ColumnTextAlign.END);
        table.setItems(c.bins());
        table.setAllRowsVisible(true);
        return table;
    }
}
