package org.tnracademy.ui.cohort;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.tnracademy.core.gradebook.ExportHeadings;
import org.tnracademy.core.gradebook.GradebookColumn;
import org.tnracademy.core.gradebook.GradebookRow;
import org.tnracademy.core.gradebook.GradebookService;
import org.tnracademy.ui.i18n.Formats;

/** Learners by exercises with their best score and attempts, loaded a page of learners at a time. */
@Route("cohort/gradebook")
@RolesAllowed({"COHORT_MANAGER", "ADMIN"})
public class GradebookView extends VerticalLayout implements HasDynamicTitle {

    public GradebookView(GradebookService gradebook) {
        setSizeFull();
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = gradebook.csv(getLocale(), new ExportHeadings(getTranslation("gradebook.username"),
                    getTranslation("gradebook.learner"), getTranslation("gradebook.export-score"),
                    getTranslation("gradebook.export-attempts"))).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(csv), "gradebook.csv", "text/csv", csv.length);
        }), getTranslation("gradebook.export"));
        export.setId("gradebook-export");
        add(new H2(getTranslation("gradebook.title")), new Paragraph(getTranslation("gradebook.legend")), export);
        Grid<GradebookRow> grid = new Grid<>();
        grid.setId("gradebook");
        grid.addColumn(GradebookRow::displayName).setHeader(getTranslation("gradebook.learner")).setAutoWidth(true)
                .setFrozen(true);
        grid.addColumn(GradebookRow::username).setHeader(getTranslation("gradebook.username")).setAutoWidth(true);
        for (GradebookColumn column : gradebook.columns()) {
            // a long exercise title wraps over lines rather than widen or cut its column
            grid.addColumn(row -> cell(row, column)).setHeader(WrappedHeader.of(column.title().in(getLocale())))
                    .setTextAlign(ColumnTextAlign.END).setWidth("10rem").setFlexGrow(0);
        }
        grid.setItems(q -> gradebook.rows(q.getOffset(), q.getLimit()).stream(), q -> gradebook.learnerCount());
        add(grid);
        setFlexGrow(1, grid);
    }

    private String cell(GradebookRow row, GradebookColumn column) {
        GradebookRow.Cell cell = row.cells().get(column.exerciseId());
        return cell == null ? "—"
                : getTranslation("gradebook.cell", Formats.percent(cell.score(), getLocale()), cell.attempts(),
                column.maxAttempts());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("gradebook.title") + " | " + getTranslation("app.title");
    }
}
