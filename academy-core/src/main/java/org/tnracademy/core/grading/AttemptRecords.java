package org.tnracademy.core.grading;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tnracademy.core.catalog.ExerciseKeyStore;
import org.tnracademy.core.catalog.GradingMaterial;
import org.tnracademy.core.cohort.VisibleLearners;

/**
 * Read access to other learners' attempts for the people who follow them: cohort managers,
 * instructors and administrators. Learners read their own through {@link GradingService}. A cohort
 * manager reads only the learners of their own cohorts ({@link VisibleLearners}).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('COHORT_MANAGER', 'INSTRUCTOR', 'ADMIN')")
public class AttemptRecords {

    /** Keeps IN lists well under every database's parameter limit. */
    private static final int CHUNK = 1000;

    private final AttemptRepository attempts;
    private final ExerciseKeyStore keys;
    private final VisibleLearners visible;

    AttemptRecords(AttemptRepository attempts, ExerciseKeyStore keys, VisibleLearners visible) {
        this.attempts = attempts;
        this.keys = keys;
        this.visible = visible;
    }

    /** One learner's attempts on an exercise, newest first, each with the feedback the learner saw. */
    public List<GradedAttempt> attemptsOf(long learnerId, long exerciseId) {
        if (!visible.maySee(learnerId)) {
            return List.of();
        }
        return keys.material(exerciseId).map(material -> attempts
                        .findByExerciseIdAndLearnerIdOrderByAttemptNumberDesc(exerciseId, learnerId).stream()
                        .map(a -> GradedAttempts.of(a, material, false)).toList())
                .orElse(List.of());
    }

    /** Opening and submission times of the given learners' attempts on the given exercises. */
    public List<AttemptTiming> timings(Collection<Long> learnerIds, Collection<Long> exerciseIds) {
        if (learnerIds.isEmpty() || exerciseIds.isEmpty()) {
            return List.of();
        }
        List<AttemptTiming> out = new ArrayList<>();
        for (List<Long> chunk : chunks(visible.among(learnerIds))) {
            out.addAll(attempts.timings(chunk, exerciseIds));
        }
        return out;
    }

    /**
     * The first graded attempt of each of the given learners on an exercise, read back as the type's
     * result. The first one measures what a learner knew before any feedback, as item analysis needs.
     */
    public List<FirstResult> firstResults(long exerciseId, Collection<Long> learnerIds) {
        GradingMaterial material = keys.material(exerciseId).orElse(null);
        if (material == null || learnerIds.isEmpty()) {
            return List.of();
        }
        // one pass over the exercise's graded attempts, kept to the learners asked for: an IN list of
        // thousands of ids costs more to plan than the rows it saves
        Set<Long> wanted = visible.among(learnerIds);
        Set<Long> seen = new HashSet<>();
        List<FirstResult> out = new ArrayList<>();
        for (Object[] row : attempts.gradedResults(exerciseId)) {
            long learner = (Long) row[0];
            if (wanted.contains(learner) && seen.add(learner)) {
                out.add(new FirstResult(learner, (Integer) row[1], (Double) row[2],
                        TypedTrees.readResult(material.type(), (String) row[3])));
            }
        }
        return out;
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = List.copyOf(ids);
        List<List<Long>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            out.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return out;
    }
}
