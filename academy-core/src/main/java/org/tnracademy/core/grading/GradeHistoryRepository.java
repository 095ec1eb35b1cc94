package org.tnracademy.core.grading;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface GradeHistoryRepository extends JpaRepository<GradeHistory, Long> {

    List<GradeHistory> findByAttemptIdOrderByReplacedAtAscIdAsc(long attemptId);
}
