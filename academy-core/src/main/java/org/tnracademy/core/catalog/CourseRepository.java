package org.tnracademy.core.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CourseRepository extends JpaRepository<Course, Long> {

    Optional<Course> findBySlug(String slug);

    List<Course> findAllByOrderByIdAsc();

    List<Course> findAllByPublishedTrueOrderByIdAsc();

    List<Course> findAllByPublishedFalseOrderByIdAsc();

    @Query("select new org.tnracademy.core.catalog.CourseStamp(c.id, c.version, c.published) from Course c"
            + " where c.id = :id")
    Optional<CourseStamp> findStampById(long id);

    @Query("select new org.tnracademy.core.catalog.CourseStamp(c.id, c.version, c.published) from Course c"
            + " where c.published = true order by c.id")
    List<CourseStamp> findPublishedStamps();
}
