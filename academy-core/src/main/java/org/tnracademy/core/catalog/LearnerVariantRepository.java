package org.tnracademy.core.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface LearnerVariantRepository extends JpaRepository<LearnerVariant, Long> {

    Optional<LearnerVariant> findByExerciseIdAndLearnerId(long exerciseId, long learnerId);

    List<LearnerVariant> findByExerciseId(long exerciseId);

}
