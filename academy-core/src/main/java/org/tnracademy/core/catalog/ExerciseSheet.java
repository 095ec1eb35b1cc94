package org.tnracademy.core.catalog;

import java.util.List;

import org.tnracademy.core.dataset.DatasetQuery;
import org.tnracademy.core.media.ImageLinks;
import org.tnracademy.exercises.LocalizedText;

/**
 * What a learner may see of an exercise: everything but the key. The instructions are Markdown
 * already rendered to sanitised HTML in the language asked for.
 *
 * @param spec   the type's spec record (such as {@code ChoiceSpec}); specs never hold the key
 * @param labels item-labelling's labels with their titles; empty for other types
 * @param level  null when the pack gives none
 * @param pictures where the course's pictures the spec names (photos, a basemap) are served from
 * @param variantItems the items of the reader's variant in their order (docs/content-format.md,
 *                     "Per-learner variants"): the spec holds only those, and of the dataset only
 *                     those are shown ({@link #datasetQuery}); empty when every learner gets every item
 */
public record ExerciseSheet(long id, long courseId, LocalizedText courseTitle, String slug, String type, int version,
                            LocalizedText title, String instructionsHtml, Object spec, List<LabelOption> labels,
                            Long datasetId, ExercisePolicy policy, String level, List<String> forms,
                            ImageLinks pictures, List<String> variantItems) {

    public ExerciseSheet {
        variantItems = variantItems == null ? List.of() : List.copyOf(variantItems);
        labels = List.copyOf(labels);
        forms = List.copyOf(forms);
        pictures = pictures == null ? ImageLinks.NONE : pictures;
    }

    /** A sheet of the whole exercise, the same for every learner. */
    public ExerciseSheet(long id, long courseId, LocalizedText courseTitle, String slug, String type, int version,
                         LocalizedText title, String instructionsHtml, Object spec, List<LabelOption> labels,
                         Long datasetId, ExercisePolicy policy, String level, List<String> forms, ImageLinks pictures) {
        this(id, courseId, courseTitle, slug, type, version, title, instructionsHtml, spec, labels, datasetId, policy,
                level, forms, pictures, List.of());
    }

    /** The same sheet showing one variant: its spec and its items. */
    public ExerciseSheet inVariant(Object variantSpec, List<String> items) {
        return new ExerciseSheet(id, courseId, courseTitle, slug, type, version, title, instructionsHtml, variantSpec,
                labels, datasetId, policy, level, forms, pictures, items);
    }

    /** Whether the sheet shows one learner's variant rather than every item. */
    public boolean variant() {
        return !variantItems.isEmpty();
    }

    /** The dataset's items this sheet shows, as a query a grid narrows further (filters, sort). */
    public DatasetQuery datasetQuery(DatasetQuery query) {
        return query.within(variantItems);
    }

    /** A sheet whose spec shows no picture of the course. */
    public ExerciseSheet(long id, long courseId, LocalizedText courseTitle, String slug, String type, int version,
                         LocalizedText title, String instructionsHtml, Object spec, List<LabelOption> labels,
                         Long datasetId, ExercisePolicy policy, String level, List<String> forms) {
        this(id, courseId, courseTitle, slug, type, version, title, instructionsHtml, spec, labels, datasetId, policy,
                level, forms, ImageLinks.NONE);
    }

    public int maxAttempts() {
        return policy.maxAttempts();
    }

    /**
     * Whether grading reads a dataset. One that does not (a quiz, a short answer, an estimate, a
     * written analysis) grades in well under a millisecond: the UI answers it within the request.
     */
    public boolean gradesOverDataset() {
        return datasetId != null;
    }

    /** The spec as the type's record, for a view that knows which type it shows. */
    public <S> S spec(Class<S> type) {
        return type.cast(spec);
    }
}
