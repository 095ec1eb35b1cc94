package org.tnracademy.core.grading;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AttemptStartRepository extends JpaRepository<AttemptStart, Long> {

    Optional<AttemptStart> findByExerciseIdAndLearnerIdAndAttemptNumber(long exerciseId, long learnerId,
                                                                        int attemptNumber);

    Optional<AttemptStart> findFirstByExerciseIdAndLearnerIdOrderByAttemptNumberDesc(long exerciseId, long learnerId);
}
