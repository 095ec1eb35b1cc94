package org.tnracademy.core.analysis;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tnracademy.core.cohort.CohortChangeRefusedException;
import org.tnracademy.core.cohort.CohortExercise;
import org.tnracademy.core.cohort.CohortProblem;
import org.tnracademy.core.cohort.CohortService;
import org.tnracademy.core.grading.AttemptRecords;
import org.tnracademy.core.grading.FirstResult;

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

    ItemAnalysisService(CohortService cohorts, AttemptRecords attempts) {
        this.cohorts = cohorts;
        this.attempts = attempts;
    }

    /** The analysis of one exercise of the cohort's courses. */
    public ItemAnalysis analyse(long cohortId, long exerciseId) {
        CohortExercise exercise = cohorts.exercises(cohortId).stream().filter(e -> e.exerciseId() == exerciseId)
                .findFirst().orElseThrow(() -> new CohortChangeRefusedException(List.of(new CohortProblem(0,
                        "exercise", CohortProblem.Reason.NOT_IN_COURSES, String.valueOf(exerciseId)))));
        List<FirstResult> results = attempts.firstResults(exerciseId, cohorts.learnerIds(cohortId));
        boolean supported = ItemOutcomes.supports(exercise.type());
        if (!supported) {
            return new ItemAnalysis(exerciseId, exercise.type(), false, results.size(),
                    ItemStatistics.groupSize(results.size()), List.of());
        }
        List<ItemStatistics.Responses> responses = results.stream()
                .map(r -> new ItemStatistics.Responses(r.learnerId(), r.score(), ItemOutcomes.of(r.result())))
                .toList();
        return new ItemAnalysis(exerciseId, exercise.type(), true, results.size(),
                ItemStatistics.groupSize(results.size()),
                ItemStatistics.compute(responses, "set-selection".equals(exercise.type())));
    }
}
