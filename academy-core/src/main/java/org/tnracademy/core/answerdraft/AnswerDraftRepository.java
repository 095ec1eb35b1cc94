package org.tnracademy.core.answerdraft;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AnswerDraftRepository extends JpaRepository<AnswerDraft, Long> {

    Optional<AnswerDraft> findByLearnerIdAndExerciseId(long learnerId, long exerciseId);
}
