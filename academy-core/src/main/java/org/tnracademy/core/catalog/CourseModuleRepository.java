package org.tnracademy.core.catalog;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CourseModuleRepository extends JpaRepository<CourseModule, Long> {

    List<CourseModule> findByCourseIdAndRetiredFalseOrderByPosition(long courseId);

    List<CourseModule> findByCourseId(long courseId);

    List<CourseModule> findByCourseIdInAndRetiredFalseOrderByPosition(Collection<Long> courseIds);
}
