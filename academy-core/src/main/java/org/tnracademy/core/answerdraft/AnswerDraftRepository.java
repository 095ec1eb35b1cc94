package org.tnracademy.core.answerdraft;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AnswerDraftRepository extends JpaRepository<AnswerDraft, Long> {

    Optional<AnswerDraft> findByLearnerIdAndExerciseId(long learnerId, long exerciseId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from AnswerDraft d where d.learnerId = :learnerId and d.exerciseId = :exerciseId")
    int deleteDraft(long learnerId, long exerciseId);
}
