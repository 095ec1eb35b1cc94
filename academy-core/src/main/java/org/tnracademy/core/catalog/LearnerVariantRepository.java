package org.tnracademy.core.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Its query methods run in read-only transactions of their own, as the inherited ones do: a first
 * visit reads here outside any transaction ({@link CatalogService#exerciseToWork}), and a query
 * without one would keep its connection until the visit ends, while the drawn variant is stored on
 * a second (two connections a visit).
 */
@Transactional(readOnly = true)
interface LearnerVariantRepository extends JpaRepository<LearnerVariant, Long> {

    Optional<LearnerVariant> findByExerciseIdAndLearnerId(long exerciseId, long learnerId);

    List<LearnerVariant> findByExerciseId(long exerciseId);

}
