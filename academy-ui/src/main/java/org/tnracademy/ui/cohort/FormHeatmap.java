package org.tnracademy.ui.cohort;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import org.tnracademy.core.analysis.CohortDashboard;
import org.tnracademy.core.analysis.FormCompetency;
import org.tnracademy.exercises.curriculum.RepressionForm;
import org.tnracademy.ui.i18n.Formats;

/**
 * Competency by form of TNR as a heatmap that is also a table: a row per form, its mean standing,
 * then a cell per score band with the learners whose own mean on that form falls in it, the
 * darker the larger their share. No script: it reads the same with or without charts.
 */
@Tag("table")
class FormHeatmap extends Component {

    FormHeatmap(List<FormCompetency> forms) {
        setId("form-heatmap");
        getElement().getStyle().set("border-collapse", "collapse").set("font-size", "var(--lumo-font-size-s)");
        Element caption = new Element("caption");
        caption.setText(getTranslation("cohorts.heatmap-caption"));
        Element head = new Element("tr");
        head.appendChild(th(getTranslation("cohorts.form")), th(getTranslation("cohorts.mean")),
                th(getTranslation("cohorts.coverage")));
        int bands = CohortDashboard.BANDS;
        for (int b = 0; b < bands; b++) {
            head.appendChild(th(getTranslation("cohorts.band", b * 100 / bands, (b + 1) * 100 / bands)));
        }
        Element thead = new Element("thead").appendChild(head);
        Element tbody = new Element("tbody");
        for (FormCompetency f : forms) {
            Element row = new Element("tr");
            row.setAttribute("data-form", f.form());
            Element name = new Element("th").setText(getTranslation(RepressionForm.i18nKey(f.form())));
            name.setAttribute("scope", "row");
            name.getStyle().set("text-align", "start").set("padding", "0.25rem 0.5rem");
            row.appendChild(name, td(f.mean() == null ? "—" : Formats.percent(f.mean(), getLocale()), null),
                    td(f.exercises() == 0 ? getTranslation("cohorts.not-trained")
                            : Formats.percent(f.coverage(), getLocale()), null));
            int rated = f.learnersRated();
            for (int count : f.learnersByBand()) {
                double share = rated == 0 ? 0 : (double) count / rated;
                row.appendChild(td(String.valueOf(count), share));
            }
            tbody.appendChild(row);
        }
        getElement().appendChild(caption, thead, tbody);
    }

    private static Element th(String text) {
        Element th = new Element("th").setText(text);
        th.setAttribute("scope", "col");
        th.getStyle().set("padding", "0.25rem 0.5rem");
        return th;
    }

    /** A cell shaded by a share in [0, 1]; dark cells get light text so the count stays readable. */
    private static Element td(String text, Double share) {
        Element td = new Element("td").setText(text);
        td.getStyle().set("padding", "0.25rem 0.75rem").set("text-align", "end")
                .set("border", "1px solid var(--lumo-contrast-10pct)");
        if (share != null) {
            int lightness = (int) Math.round(96 - share * 56);
            td.getStyle().set("background-color", "hsl(214, 70%, " + lightness + "%)");
            td.getStyle().set("color", lightness < 60 ? "white" : "var(--lumo-body-text-color)");
        }
        return td;
    }
}
