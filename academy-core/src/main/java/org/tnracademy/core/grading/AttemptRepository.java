package org.tnracademy.core.grading;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AttemptRepository extends JpaRepository<Attempt, Long> {

    Optional<Attempt> findBySubmissionToken(String submissionToken);

    int countByExerciseIdAndLearnerId(long exerciseId, long learnerId);

    List<Attempt> findByExerciseIdAndLearnerIdOrderByAttemptNumberDesc(long exerciseId, long learnerId);

    List<Attempt> findByStatusOrderBySubmittedAtAscIdAsc(AttemptStatus status, Pageable page);

    long countByStatus(AttemptStatus status);

    List<Attempt> findByExerciseIdAndStatusOrderByLearnerIdAscAttemptNumberAsc(long exerciseId, AttemptStatus status);

    List<Attempt> findByExerciseIdAndLearnerIdAndStatusOrderByAttemptNumberAsc(long exerciseId, long learnerId,
                                                                                AttemptStatus status);

    @Query("""
            select new org.tnracademy.core.grading.AttemptTiming(a.learnerId, a.exerciseId, a.attemptNumber, a.status,
                a.startedAt, a.submittedAt)
            from Attempt a where a.learnerId in :learnerIds and a.exerciseId in :exerciseIds""")
    List<AttemptTiming> timings(Collection<Long> learnerIds, Collection<Long> exerciseIds);

    /** Graded attempts' results, each learner's in attempt order: learner id, number, score, result JSON. */
    @Query("""
            select a.learnerId, a.attemptNumber, a.score, a.result from Attempt a
            where a.exerciseId = :exerciseId and a.status = org.tnracademy.core.grading.AttemptStatus.GRADED
            order by a.learnerId, a.attemptNumber""")
    List<Object[]> gradedResults(long exerciseId);

    /** How many learners made how many attempts (any status) on the exercise version: learners, attempts. */
    @Query("select count(distinct a.learnerId), count(a) from Attempt a where a.exerciseId = :exerciseId")
    List<Object[]> attemptedBy(long exerciseId);
}
