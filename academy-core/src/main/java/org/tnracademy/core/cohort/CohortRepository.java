package org.tnracademy.core.cohort;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CohortRepository extends JpaRepository<Cohort, Long> {

    Optional<Cohort> findByNameIgnoreCase(String name);

    List<Cohort> findAllByOrderByStartsOnDescNameAsc();

    @Query(value = """
            select c.* from cohort c
            where exists (select 1 from cohort_manager m where m.cohort_id = c.id and m.username = :username)
            order by c.starts_on desc, c.name""", nativeQuery = true)
    List<Cohort> managedBy(String username);
}
