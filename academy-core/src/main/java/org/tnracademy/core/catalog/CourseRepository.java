package org.tnracademy.core.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CourseRepository extends JpaRepository<Course, Long> {

    Optional<Course> findBySlug(String slug);

    List<Course> findAllByOrderByIdAsc();

    List<Course> findAllByPublishedTrueOrderByIdAsc();

    List<Course> findAllByPublishedFalseOrderByIdAsc();
}
