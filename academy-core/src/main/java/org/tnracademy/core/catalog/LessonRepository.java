package org.tnracademy.core.catalog;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface LessonRepository extends JpaRepository<Lesson, Long> {

    List<Lesson> findByModuleIdInAndRetiredFalseOrderByPosition(Collection<Long> moduleIds);

    List<Lesson> findByModuleIdIn(Collection<Long> moduleIds);
}
