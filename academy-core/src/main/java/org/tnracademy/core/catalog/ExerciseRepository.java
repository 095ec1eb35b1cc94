package org.tnracademy.core.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ExerciseRepository extends JpaRepository<Exercise, Long> {

    @Query("select new org.tnracademy.core.catalog.ExerciseStanding(e.id, e.slug, e.retired, m.retired, c.published, c.id)"
            + " from Exercise e, CourseModule m, Course c"
            + " where e.id = :exerciseId and m.id = e.moduleId and c.id = m.courseId")
    Optional<ExerciseStanding> standing(@Param("exerciseId") long exerciseId);

    List<Exercise> findByModuleIdInAndRetiredFalseOrderByPosition(Collection<Long> moduleIds);

    /** The versions of one exercise not retired in these modules: its current one, if any. */
    List<Exercise> findByModuleIdInAndSlugAndRetiredFalse(Collection<Long> moduleIds, String slug);

    /** Every version, retired ones included, of the exercises of these modules. */
    List<Exercise> findByModuleIdIn(Collection<Long> moduleIds);

    /** The row, share-locked until the transaction ends (a plain row lock where the database has no share lock). */
    @Lock(LockModeType.PESSIMISTIC_READ)
    @Query("select e from Exercise e where e.id = :id")
    java.util.Optional<Exercise> findSharedLocked(@Param("id") long id);

    /** The row, locked for writing until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Exercise e where e.id = :id")
    java.util.Optional<Exercise> findWriteLocked(@Param("id") long id);
}
