package org.tnracademy.core.catalog;

import java.util.List;

import org.tnracademy.exercises.LocalizedText;

/**
 * What a learner may see of an exercise: everything but the key. The instructions are Markdown
 * already rendered to sanitised HTML in the language asked for.
 */
public record ExerciseSheet(long id, long courseId, LocalizedText courseTitle, String slug, String type, int version,
                            LocalizedText title, String instructionsHtml, List<LabelOption> labels,
                            Long datasetId, int maxAttempts) {

    public ExerciseSheet {
        labels = List.copyOf(labels);
    }
}
