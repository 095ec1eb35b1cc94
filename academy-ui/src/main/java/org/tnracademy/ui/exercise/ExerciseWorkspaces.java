package org.tnracademy.ui.exercise;

import org.tnracademy.core.catalog.ExerciseSheet;
import org.tnracademy.core.dataset.DatasetService;
import org.tnracademy.ui.exercise.types.ExerciseTypeUis;
import org.tnracademy.ui.exercise.workspace.AnswerWorkspace;

/** The workspace each exercise type is worked in, built from the sheet a learner may see (see {@link ExerciseTypeUis}). */
final class ExerciseWorkspaces {

    private ExerciseWorkspaces() {
    }

    static AnswerWorkspace create(ExerciseSheet sheet, DatasetService datasets) {
        return ExerciseTypeUis.get(sheet.type()).workspace(sheet, datasets);
    }
}
