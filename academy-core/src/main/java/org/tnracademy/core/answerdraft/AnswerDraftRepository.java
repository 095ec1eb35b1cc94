package org.tnracademy.core.answerdraft;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AnswerDraftRepository extends JpaRepository<AnswerDraft, Long> {

    Optional<AnswerDraft> findByLearnerIdAndExerciseId(long learnerId, long exerciseId);

    /** Replaces the learner's draft of the exercise in one statement; 0 when they have none yet. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update AnswerDraft d set d.answer = :answer, d.savedAt = :savedAt"
            + " where d.learnerId = :learnerId and d.exerciseId = :exerciseId")
    int replaceDraft(long learnerId, long exerciseId, String answer, Instant savedAt);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from AnswerDraft d where d.learnerId = :learnerId and d.exerciseId = :exerciseId")
    int deleteDraft(long learnerId, long exerciseId);
}
