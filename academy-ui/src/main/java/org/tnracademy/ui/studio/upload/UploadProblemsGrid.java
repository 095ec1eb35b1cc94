package org.tnracademy.ui.studio.upload;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import org.tnracademy.ui.i18n.ProblemTexts;
import org.tnracademy.core.packs.PackProblem;

/** The problems of one uploaded file: line and reason, as many rows as the upload found. */
class UploadProblemsGrid extends Grid<PackProblem> {

    UploadProblemsGrid(String id) {
        setId(id);
        addColumn(p -> p.line() == 0 ? "" : String.valueOf(p.line())).setHeader(getTranslation("upload.problem.line"))
                .setWidth("5rem").setFlexGrow(0);
        addColumn(p -> ProblemTexts.atField(this, p.field(), p.message())).setHeader(getTranslation("upload.problem.reason")).setFlexGrow(3);
        addThemeName("wrap-cell-content");
        setAllRowsVisible(true);
        setVisible(false);
    }

    void show(List<PackProblem> problems) {
        setItems(problems);
        setVisible(true);
    }

    void hide() {
        setItems(List.of());
        setVisible(false);
    }
}
