package org.tnracademy.core.cohort;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CohortRepository extends JpaRepository<Cohort, Long> {

    Optional<Cohort> findByNameIgnoreCase(String name);

    List<Cohort> findAllByOrderByStartsOnDescNameAsc();
}
