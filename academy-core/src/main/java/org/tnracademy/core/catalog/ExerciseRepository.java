package org.tnracademy.core.catalog;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ExerciseRepository extends JpaRepository<Exercise, Long> {

    List<Exercise> findByModuleIdInAndRetiredFalseOrderByPosition(Collection<Long> moduleIds);

    /** Every version, retired ones included, of the exercises of these modules. */
    List<Exercise> findByModuleIdIn(Collection<Long> moduleIds);
}
