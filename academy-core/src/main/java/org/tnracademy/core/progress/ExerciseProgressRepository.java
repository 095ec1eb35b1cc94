package org.tnracademy.core.progress;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ExerciseProgressRepository extends JpaRepository<ExerciseProgress, Long> {

    Optional<ExerciseProgress> findByLearnerIdAndExerciseId(long learnerId, long exerciseId);

    List<ExerciseProgress> findByLearnerId(long learnerId);

    List<ExerciseProgress> findByLearnerIdIn(Collection<Long> learnerIds);
}
