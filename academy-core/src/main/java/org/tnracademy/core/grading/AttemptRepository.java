package org.tnracademy.core.grading;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AttemptRepository extends JpaRepository<Attempt, Long> {

    Optional<Attempt> findBySubmissionToken(String submissionToken);

    int countByExerciseIdAndLearnerId(long exerciseId, long learnerId);

    List<Attempt> findByExerciseIdAndLearnerIdOrderByAttemptNumberDesc(long exerciseId, long learnerId);

    List<Attempt> findByStatusOrderBySubmittedAtAscIdAsc(AttemptStatus status, Pageable page);

    long countByStatus(AttemptStatus status);

    List<Attempt> findByExerciseIdAndStatusOrderByLearnerIdAscAttemptNumberAsc(long exerciseId, AttemptStatus status);

    List<Attempt> findByExerciseIdAndLearnerIdAndStatusOrderByAttemptNumberAsc(long exerciseId, long learnerId,
                                                                                AttemptStatus status);
}
