package org.tnracademy.core.catalog;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ExerciseRepository extends JpaRepository<Exercise, Long> {

    List<Exercise> findByModuleIdInOrderByPosition(Collection<Long> moduleIds);

    List<Exercise> findAllByOrderByIdAsc();
}
