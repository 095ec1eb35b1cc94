package org.tnracademy.core.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.ExerciseSheet;
import org.tnracademy.core.catalog.LabelOption;
import org.tnracademy.core.catalog.LearnerVariants;
import org.tnracademy.core.cohort.CohortChangeRefusedException;
import org.tnracademy.core.cohort.CohortExercise;
import org.tnracademy.core.cohort.CohortProblem;
import org.tnracademy.core.cohort.CohortService;
import org.tnracademy.core.grading.AttemptRecords;
import org.tnracademy.core.dataset.DatasetService;
import org.tnracademy.core.grading.FirstResult;
import org.tnracademy.exercises.LocalizedText;

/**
 * Item analysis of a cohort's exercises from the results stored with each attempt: how hard each
 * item is, whether it tells strong learners from weak ones, which wrong answers are common, and
 * which keys may be wrong. Uses each learner's first graded attempt: later ones follow feedback.
 */
@Service
@Transactional(readOnly = true)
// each method takes the cohort's id: its managers, administrators and instructors read it; see CohortAccess.
@PreAuthorize("@cohortAccess.mayRead(#cohortId)")
public class ItemAnalysisService {

    private final CohortService cohorts;
    private final AttemptRecords attempts;
    private final CatalogService catalog;
    private final DatasetService datasets;
    private final LearnerVariants variants;

    ItemAnalysisService(CohortService cohorts, AttemptRecords attempts, CatalogService catalog,
                        DatasetService datasets, LearnerVariants variants) {
        this.variants = variants;
        this.cohorts = cohorts;
        this.attempts = attempts;
        this.catalog = catalog;
        this.datasets = datasets;
    }

    /** The analysis of one exercise of the cohort's courses. */
    public ItemAnalysis analyse(long cohortId, long exerciseId) {
        CohortExercise exercise = exercise(cohortId, exerciseId);
        List<FirstResult> results = attempts.firstResults(exerciseId, cohorts.learnerIds(cohortId));
        boolean supported = ItemOutcomes.supports(exercise.type());
        if (!supported) {
            return new ItemAnalysis(exerciseId, exercise.type(), false, results.size(),
                    ItemStatistics.groupSize(results.size()), List.of());
        }
        // with per-learner variants, an item a result lacks may never have been shown to that learner
        boolean perLearner = variants.on(exerciseId);
        List<ItemStatistics.Responses> responses = results.stream()
                .map(r -> new ItemStatistics.Responses(r.learnerId(), r.score(), ItemOutcomes.of(r.result()),
                        perLearner ? variants.items(exerciseId, r.learnerId()).map(Set::copyOf).orElse(null) : null))
                .toList();
        return new ItemAnalysis(exerciseId, exercise.type(), true, results.size(),
                ItemStatistics.groupSize(results.size()),
                ItemStatistics.compute(responses, ItemOutcomes.omitsRightlyLeftOut(exercise.type())));
    }

    /**
     * How people name the items and answers of an analysis: questions, blanks and criteria by their
     * place and words, posts by their place in the dataset, labels and options by their titles.
     */
    public ItemNames names(long cohortId, ItemAnalysis analysis) {
        exercise(cohortId, analysis.exerciseId());
        ExerciseSheet sheet = catalog.exercise(analysis.exerciseId(), Locale.ENGLISH).orElse(null);
        if (sheet == null) {
            return ItemNames.NONE;
        }
        Map<String, LocalizedText> labels = new LinkedHashMap<>();
        for (LabelOption label : sheet.labels()) {
            labels.put(label.id(), label.title());
        }
        List<String> datasetKeys = sheet.datasetId() == null ? List.of() : datasets.itemKeys(sheet.datasetId());
        return ItemNames.of(sheet.type(), sheet.spec(), ItemNames.ids(analysis.items()), labels, datasetKeys);
    }

    private CohortExercise exercise(long cohortId, long exerciseId) {
        return cohorts.exercises(cohortId).stream().filter(e -> e.exerciseId() == exerciseId)
                .findFirst().orElseThrow(() -> new CohortChangeRefusedException(List.of(new CohortProblem(0,
                        "exercise", CohortProblem.Reason.NOT_IN_COURSES, String.valueOf(exerciseId)))));
    }
}
