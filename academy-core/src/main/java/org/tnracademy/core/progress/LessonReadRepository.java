package org.tnracademy.core.progress;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface LessonReadRepository extends JpaRepository<LessonRead, Long> {

    boolean existsByLearnerIdAndLessonId(long learnerId, long lessonId);

    List<LessonRead> findByLearnerId(long learnerId);
}
